-- Notices (advis) between the authority and the providers, the start deadlines the providers
-- confirm, and the event publication registry that makes the notices reliable.

-- Spring Modulith's JDBC event publication registry (the outbox between modules): one row per event
-- and listener, written in the publishing transaction, completed when the listener has run. Exactly
-- the schema spring-modulith-events-jdbc 2.1 ships for PostgreSQL (schemas/v2/schema-postgresql.sql
-- and the archive table of schema-postgresql-archive.sql, used with completion-mode=archive); Flyway
-- owns it, so spring.modulith.events.jdbc.schema-initialization.enabled is false.
create table if not exists event_publication
(
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

create table if not exists event_publication_archive
(
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index if not exists event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);

-- A notice (advis). TO_PROVIDER: about a grant the provider delivers (new, changed, stopped, a switch
-- of provider), written by the listeners from the decision's and the provider module's events, and
-- acknowledged by the provider. FROM_PROVIDER: the provider's duty to inform (seed 002): a significant
-- change in the citizen's condition, help that cannot be delivered as decided, the citizen's death;
-- it lands with the responsible caseworker, who acknowledges it.
create table notice (
    id                      bigint generated always as identity primary key,
    municipality_id         integer not null references municipality (id),
    citizen_id              bigint  not null references citizen (id),
    provider_id             bigint  not null references provider (id),
    direction               text    not null check (direction in ('TO_PROVIDER','FROM_PROVIDER')),
    kind                    text    not null check (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT','SWITCH_OUT',
                                                             'SWITCH_IN','CONDITION_CHANGED','CANNOT_DELIVER','DEATH')),
    -- what caused it, e.g. 'decision:42' or 'switch:<grant key>:2025-05-01:3>4'; with provider and grant
    -- the idempotency key, so a listener that runs again never writes the notice twice
    source                  text,
    decision_id             bigint  references decision (id),
    grant_key               uuid,
    grant_before            jsonb,             -- the grant before the change, as the provider needs it
    grant_after             jsonb,             -- the grant as decided now
    effective_on            date,              -- when it takes effect: start, change, stop or switch day
    urgent                  boolean not null default false,   -- seed 002: after 14.30 and to start the same day
    after_complaint         boolean not null default false,   -- a decision after a complaint (complaints module)
    minor_adjustment        boolean not null default false,
    text                    text,              -- the provider's own words (FROM_PROVIDER)
    caseworker              text,              -- username: the caseworker who decided, who gets the reply
    created_at              timestamptz not null,
    created_by              text    not null,  -- 'system' for notices written by the listeners
    acknowledged_at         timestamptz,
    acknowledged_by         text,
    version                 integer not null default 0,
    check ((direction = 'TO_PROVIDER') = (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT','SWITCH_OUT','SWITCH_IN'))),
    check (direction = 'FROM_PROVIDER' or (source is not null and grant_key is not null and grant_after is not null)),
    check (direction = 'TO_PROVIDER' or (text is not null and length(btrim(text)) > 0)),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create unique index notice_once on notice (source, provider_id, grant_key) where direction = 'TO_PROVIDER';
create index notice_provider on notice (provider_id, acknowledged_at, created_at desc);
create index notice_citizen on notice (municipality_id, citizen_id, created_at desc);
create index notice_open on notice (municipality_id, direction, created_at) where acknowledged_at is null;

-- A grant's start with its provider: from the notice that tells the provider to start (a new grant,
-- a switch to it) until the provider confirms the day it started ("startet den …").
create table grant_start (
    id                      bigint generated always as identity primary key,
    municipality_id         integer not null references municipality (id),
    citizen_id              bigint  not null references citizen (id),
    provider_id             bigint  not null references provider (id),
    grant_key               uuid    not null,
    notice_id               bigint  not null references notice (id),
    intervention_name       text    not null,
    grant_start_on          date    not null,  -- the grant's own first day (a switch: the switch day)
    due_on                  date    not null,  -- the start deadline: the standard's, in Danish working days
    deadline_text           text,              -- the standard's own words
    started_on              date,
    confirmed_at            timestamptz,
    confirmed_by            text,
    cancelled               boolean not null default false,  -- stopped or switched away before it started
    created_at              timestamptz not null,
    unique (notice_id),
    check ((started_on is null) = (confirmed_at is null))
);
create index grant_start_open on grant_start (municipality_id, due_on) where started_on is null and not cancelled;
create index grant_start_provider on grant_start (provider_id, due_on);
create index grant_start_grant on grant_start (grant_key, provider_id);

-- Forwarding a maintained complaint to Ankestyrelsen and its decision (issue 18). Seed 002 "Behandling af
-- klagesager": the authority writes a statement (skriftlig redegørelse, retssikkerhedsloven § 66) and, when the
-- decision is maintained, sends the complaint on. Ankestyrelsen's guidance: at the latest 4 weeks after the
-- authority received the complaint (the weeks are policy: complaint-appeal.yaml).

-- One row per complaint in FORWARDING or later: the statement as the caseworker edits it, the documents chosen,
-- and — once forwarded — the bundle as sent (downloads return these bytes, never a new rendering).
create table complaint_forwarding (
    municipality_id     integer     not null references municipality (id),
    complaint_id        bigint      primary key references complaint (id),
    deadline            date        not null,        -- received + the policy's weeks
    statement           text        not null check (length(statement) <= 50000),
    -- chosen documents as 'LETTER:<decision id>', 'ASSESSMENT:<id>', 'JOURNAL:<id>'
    documents           text[]      not null default '{}',
    forwarded_on        date,
    forwarded_by        text,
    bundle              bytea,
    bundle_sha256       char(64),
    created_at          timestamptz not null,
    created_by          text        not null,
    modified_at         timestamptz not null,
    modified_by         text        not null,
    version             integer     not null default 0,
    check ((forwarded_on is null) = (bundle is null)),
    check ((forwarded_on is null) = (forwarded_by is null))
);
create index complaint_forwarding_deadline on complaint_forwarding (municipality_id, deadline) where forwarded_on is null;

-- Ankestyrelsen's decision on a forwarded complaint: stadfæstet, ændret, hjemvist, ophævet, afvist.
-- CHANGED and REMANDED are carried out as a new decision version with decision.after_complaint_id = the complaint.
create table appeal_outcome (
    municipality_id     integer     not null references municipality (id),
    complaint_id        bigint      primary key references complaint (id),
    outcome             text        not null check (outcome in ('CONFIRMED','CHANGED','REMANDED','ANNULLED','DISMISSED')),
    decided_on          date        not null,
    text                text        not null check (length(btrim(text)) between 1 and 10000),
    recorded_at         timestamptz not null,
    recorded_by         text        not null
);

-- A complaint about the help delivered (seed 002: "Klager over udførelsen af indsatsen er leverandørens ansvar.
-- Leverandøren udarbejder skriftlig redegørelse efter anmodning. Tidsfrist fremgår af anmodningen."): registered by
-- the authority or the provider on a grant, sent to the grant's provider asking for a written statement by a
-- deadline (complaint-appeal.yaml); no statement by then is a breach, seen by both.
create table delivered_help_complaint (
    municipality_id     integer     not null references municipality (id),
    id                  bigint generated always as identity primary key,
    citizen_id          bigint      not null references citizen (id),
    grant_key           uuid        not null,
    provider_id         bigint      not null references provider (id),
    received_on         date        not null,
    registered_side     text        not null check (registered_side in ('AUTHORITY','PROVIDER')),
    text                text        not null check (length(btrim(text)) between 1 and 10000),
    statement_due       date        not null,
    statement           text        check (length(statement) <= 10000),
    statement_at        timestamptz,
    statement_by        text,
    created_at          timestamptz not null,
    created_by          text        not null,
    modified_at         timestamptz not null,
    modified_by         text        not null,
    version             integer     not null default 0,
    check ((statement is null) = (statement_at is null)),
    check ((statement is null) = (statement_by is null))
);
create index delivered_help_complaint_provider on delivered_help_complaint (provider_id, statement_due);
create index delivered_help_complaint_citizen on delivered_help_complaint (municipality_id, citizen_id);

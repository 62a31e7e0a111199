-- Decisions (afgørelser): grants (bevillinger) and refusals (afslag), each checked against the
-- quality standard, with the findings, the caseworker's reasons for going beyond the standard, and
-- the decision letter (PDF) as sent.
--
-- Versioned, never overwritten: a change is a new decision row that supersedes the old one
-- (supersedes_decision_id) and holds the complete set of grants after the change. A grant keeps its
-- grant_key across versions; version_no counts its changes. Grants do not reference the catalogue
-- tables (they mirror policy files and are reloaded at every start); what the grant rests on is
-- stored as data: catalogue version and first day, area, intervention and legal basis.

create table decision (
    id                      bigint generated always as identity primary key,
    municipality_id         integer not null references municipality (id),
    citizen_id              bigint  not null references citizen (id),
    inquiry_id              bigint  references inquiry (id),
    lineage_id              bigint  not null,          -- the first version's id: the same decision across versions
    version_no              integer not null check (version_no > 0),
    supersedes_decision_id  bigint  references decision (id),
    superseded_by_decision_id bigint references decision (id),
    status                  text    not null check (status in ('CURRENT','SUPERSEDED')),
    decided_on              date    not null,
    applied_for             text    not null,          -- what the citizen applied for
    reasoning               text,                      -- the caseworker's general reasoning
    override_reason         text,                      -- covers every finding of the decision
    minor_adjustment        boolean not null,          -- saved without a letter (seed 003: "mindre justeringer")
    created_at              timestamptz not null,
    created_by              text    not null,
    modified_at             timestamptz not null,
    modified_by             text    not null,
    version                 integer not null,
    check ((version_no = 1) = (supersedes_decision_id is null)),
    check ((status = 'SUPERSEDED') = (superseded_by_decision_id is not null))
);
create index decision_citizen on decision (municipality_id, citizen_id, decided_on desc);
create index decision_lineage on decision (lineage_id, version_no);
create unique index decision_one_successor on decision (supersedes_decision_id);

create table decision_grant (
    id                      bigint generated always as identity primary key,
    decision_id             bigint  not null references decision (id),
    position                integer not null,
    grant_key               uuid    not null,          -- stable across versions of the decision
    version_no              integer not null check (version_no > 0),
    carried_over            boolean not null,          -- unchanged from the previous decision version
    catalog_version         text    not null,
    catalog_valid_from      date    not null,
    area_code               text    not null,
    area_name               text    not null,
    intervention_code       text    not null,
    intervention_name       text    not null,
    legal_basis             text    not null,
    appealable              boolean not null,
    times                   integer not null check (times > 0),
    per                     text    not null check (per in ('DAY','WEEK')),
    shifts                  text[]  not null,
    minutes_per_delivery    integer not null check (minutes_per_delivery between 1 and 1440),
    start_on                date    not null,
    end_on                  date,
    goals                   text,
    start_by                date,
    weekly_minutes          integer not null check (weekly_minutes > 0),
    rehabilitation_course   boolean not null,
    midway_evaluation_on    date,
    final_evaluation_on     date,
    criteria_outcome        text    not null check (criteria_outcome in ('MET','NOT_MET','NOT_SCORED','NONE')),
    criteria_text           text,                      -- the standard's criteria, quoted
    criteria_explanation    text,                      -- how the citizen's scores read against them
    override_reason         text,
    unique (decision_id, position),
    unique (decision_id, grant_key),
    check (end_on is null or end_on >= start_on),
    check (not rehabilitation_course or (midway_evaluation_on is not null and final_evaluation_on is not null))
);
create index decision_grant_key on decision_grant (grant_key, version_no);

-- Findings of the quality-standard check as they stood when the decision was made; grant_position
-- null for findings about the grants together (caps, groups, exclusions).
create table decision_finding (
    decision_id         bigint  not null references decision (id),
    position            integer not null,
    grant_position      integer,
    rule                text    not null,
    severity            text    not null check (severity in ('ERROR','WARNING','INFO')),
    intervention_code   text,
    message             text    not null,
    quote               text,
    primary key (decision_id, position)
);

create table decision_refusal (
    decision_id         bigint  not null references decision (id),
    position            integer not null,
    intervention_code   text,
    intervention_name   text,
    legal_basis         text,
    appealable          boolean not null,
    description         text    not null,              -- what is refused
    reason              text    not null,
    criteria_text       text,
    criteria_explanation text,
    primary key (decision_id, position)
);

-- The letter as sent: downloads return these bytes, never a new rendering.
create table decision_letter (
    decision_id     bigint  primary key references decision (id),
    file_name       text    not null,
    content         bytea   not null,
    sha256          char(64) not null,
    created_at      timestamptz not null
);

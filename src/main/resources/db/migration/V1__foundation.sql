-- Foundation: municipalities, staff users, citizens, inquiries, FSIII reference data,
-- assessments and the audit log. Every row of tenant data carries municipality_id, and it
-- leads the indexes that queries use, so the tables can later be distributed by it.

create table municipality (
    id      integer primary key,            -- the official 3-digit municipality code (kommunekode)
    name    text    not null unique
);

create table app_user (
    id              bigint generated always as identity primary key,
    username        text    not null unique,
    display_name    text    not null,
    role            text    not null check (role in ('COORDINATOR','CASEWORKER','LEADER','FINANCE','SUPERVISOR')),
    municipality_id integer not null references municipality (id),
    password_hash   text,                    -- null for users who log in through the municipal IdP
    enabled         boolean not null default true
);
create index app_user_municipality_role on app_user (municipality_id, role);

-- Processing deadlines per legal basis, loaded from policy/<municipality>/processing-deadlines.yaml
create table processing_deadline_rule (
    municipality_id integer not null references municipality (id),
    version_label   text    not null,
    valid_from      date    not null,
    valid_to        date,
    legal_basis     text    not null,         -- e.g. 'SEL § 100'; '*' is the municipality's default
    weeks           integer not null check (weeks > 0),
    source          text    not null,         -- the seed or decision the rule comes from
    primary key (municipality_id, valid_from, legal_basis),
    check (valid_to is null or valid_to >= valid_from)
);

create table citizen (
    id              bigint generated always as identity primary key,
    municipality_id integer not null references municipality (id),
    cpr_number      char(10) not null unique,
    name            text    not null,
    address         text,
    phone           text,
    birth_date      date    not null,
    sex             text    not null check (sex in ('FEMALE','MALE')),
    created_at      timestamptz not null,
    created_by      text    not null,
    modified_at     timestamptz not null,
    modified_by     text    not null,
    version         integer not null
);
create index citizen_municipality_name on citizen (municipality_id, lower(name));

create table inquiry (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    source              text    not null check (source in ('CITIZEN','RELATIVE','GP','HOSPITAL','PROVIDER','OTHER')),
    source_name         text,
    received_at         timestamptz not null,
    request             text    not null,
    legal_basis         text    not null,
    consent             text    not null check (consent in ('NOT_NEEDED','GIVEN_ORALLY','GIVEN_IN_WRITING')),
    priority            text    not null check (priority in ('ACUTE','HIGH','NORMAL')),
    deadline            date    not null,
    deadline_weeks      integer not null,
    expected_decision_on date,
    status              text    not null check (status in ('UNASSIGNED','ASSIGNED','CLOSED')),
    assigned_to         text,
    assigned_at         timestamptz,
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null,
    check (source = 'CITIZEN' or consent <> 'NOT_NEEDED')
);
create index inquiry_queue on inquiry (municipality_id, status, deadline);
create index inquiry_assignee on inquiry (municipality_id, assigned_to, status);
create index inquiry_citizen on inquiry (citizen_id);

-- "oplyses borgeren om ny forventet sagsbehandlingstid" (seed 001): every postponement is kept.
create table inquiry_deadline_extension (
    inquiry_id          bigint  not null references inquiry (id),
    inquiry_key         integer not null,
    expected_decision_on date   not null,
    reason              text    not null,
    recorded_at         timestamptz not null,
    recorded_by         text    not null,
    primary key (inquiry_id, inquiry_key)
);

create table fsiii_concept (
    code        uuid    primary key,
    kind        text    not null check (kind in ('FUNCTIONAL_ABILITY_AREA','FUNCTIONAL_ABILITY_STATE','HEALTH_AREA','HEALTH_CONDITION')),
    name        text    not null,
    definition  text,
    legacy_code text,                         -- KL's pre-2024 code, e.g. 'J1.1' or 'I12.2'
    parent_code uuid    references fsiii_concept (code),
    current     boolean not null,             -- false for states retired by the 2024 simplification
    sort_order  integer not null
);

create table assessment (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    inquiry_id          bigint  references inquiry (id),
    assessed_on         date    not null,
    overall_assessment  text    not null,
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null
);
create index assessment_citizen on assessment (municipality_id, citizen_id, assessed_on desc);

create table assessment_ability_score (
    assessment_id   bigint   not null references assessment (id) on delete cascade,
    state_code      uuid     not null references fsiii_concept (code),
    score           smallint not null check (score in (0,1,2,3,4,9)),
    primary key (assessment_id, state_code)
);

create table assessment_health_condition (
    assessment_id   bigint  not null references assessment (id) on delete cascade,
    condition_code  uuid    not null references fsiii_concept (code),
    status          text    not null check (status in ('NOTED','NOT_RELEVANT')),
    note            text,
    primary key (assessment_id, condition_code)
);

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    username        text    not null,
    role            text    not null,
    municipality_id integer,
    citizen_id      bigint,
    action          text    not null check (action in ('READ','CREATE','UPDATE','ACCESS_DENIED')),
    resource        text    not null,
    resource_id     text,
    detail          text
);
create index audit_event_municipality_time on audit_event (municipality_id, occurred_at desc);
create index audit_event_citizen on audit_event (citizen_id, occurred_at desc);

insert into municipality (id, name) values
    (253, 'Greve Kommune'),
    (561, 'Esbjerg Kommune'),
    (756, 'Ikast-Brande Kommune');

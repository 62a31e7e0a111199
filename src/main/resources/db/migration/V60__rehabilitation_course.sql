-- § 83 a rehabilitation courses followed through (issue 21, seed 004): one course per course grant, with its
-- owner (forløbsansvarlig), the provider's contact person (kontaktperson), the package level (pakkeniveau) read
-- from the grant's planned visits by rehabilitation.yaml, IPPA at start and end, the FSIII states of the
-- course's goals at both ends, the mid-way and final evaluations with the caseworker's decision, and notes.
-- grant_key refers to decision_grant.grant_key (not a foreign key: the key spans decision versions);
-- decision_id is the current decision version that holds the course grant.

create table rehabilitation_course (
    id                      bigint generated always as identity primary key,
    municipality_id         integer not null references municipality (id),
    citizen_id              bigint  not null references citizen (id),
    grant_key               uuid    not null,
    decision_id             bigint  not null references decision (id),
    intervention_code       text    not null,
    intervention_name       text    not null,
    goals                   text,
    provider_id             bigint  references provider (id),
    start_on                date    not null,
    end_on                  date    not null,
    midway_evaluation_on    date    not null,
    final_evaluation_on     date    not null,
    visits_per_week         numeric(7, 2) not null check (visits_per_week >= 0),
    package_level           text    not null check (package_level in ('LIGHT','MODERATE','COMPREHENSIVE')),
    owner_kind              text    not null check (owner_kind in ('VISITATOR','THERAPIST')),
    owner_user              text    check (length(owner_user) <= 100),
    contact_person          text    check (length(contact_person) <= 200),
    contact_phone           text    check (length(contact_phone) <= 40),
    status                  text    not null check (status in ('RUNNING','CLOSED')),
    closed_on               date,
    created_at              timestamptz not null,
    created_by              text    not null,
    modified_at             timestamptz not null,
    modified_by             text    not null,
    version                 integer not null,
    unique (municipality_id, grant_key),
    check (end_on >= start_on),
    check ((status = 'CLOSED') = (closed_on is not null))
);
create index rehabilitation_course_citizen on rehabilitation_course (municipality_id, citizen_id);
create index rehabilitation_course_provider on rehabilitation_course (municipality_id, provider_id, end_on);
create index rehabilitation_course_end on rehabilitation_course (municipality_id, end_on);

-- The FSIII function-ability states the course aims at, with the state (0–4) at the start and at the end.
create table rehabilitation_goal (
    course_id               bigint  not null references rehabilitation_course (id),
    position                integer not null check (position between 1 and 50),
    state_code              uuid    not null,
    state_name              text    not null,
    start_state             integer check (start_state between 0 and 4),
    end_state               integer check (end_state between 0 and 4),
    primary key (course_id, position),
    unique (course_id, state_code)
);

-- IPPA: the citizen's problems in daily activities, importance at the start, difficulty at the start and the end.
-- The bounds (1–5, up to 7 problems) are policy (rehabilitation.yaml); the checks here only keep values sane.
create table rehabilitation_ippa_problem (
    course_id               bigint  not null references rehabilitation_course (id),
    position                integer not null check (position between 1 and 20),
    problem                 text    not null check (length(problem) between 1 and 500),
    importance              integer not null check (importance between 1 and 10),
    start_difficulty        integer not null check (start_difficulty between 1 and 10),
    end_difficulty          integer check (end_difficulty between 1 and 10),
    primary key (course_id, position)
);

-- The mid-way and final evaluation (midtvejs-/slutevaluering): the form (goals met, recommendation, note) and the
-- caseworker's decision. One per course, kind and due day, so an extended course gets a new round.
create table rehabilitation_evaluation (
    id                      bigint generated always as identity primary key,
    course_id               bigint  not null references rehabilitation_course (id),
    kind                    text    not null check (kind in ('MIDWAY','FINAL')),
    due_on                  date    not null,
    recommendation          text    not null check (recommendation in ('CONTINUE','EXTEND','CLOSE','REVISIT')),
    note                    text    check (length(note) <= 4000),
    filled_at               timestamptz not null,
    filled_by               text    not null,
    filled_by_provider      boolean not null,
    decision                text    check (decision in ('CONTINUE','EXTEND','CLOSE','REVISIT')),
    decision_day            date,
    decision_note           text    check (length(decision_note) <= 4000),
    decided_at              timestamptz,
    decided_by              text,
    resulting_decision_id   bigint  references decision (id),
    version                 integer not null,
    unique (course_id, kind, due_on),
    check ((decision is null) = (decided_at is null))
);

create table rehabilitation_evaluation_goal (
    evaluation_id           bigint  not null references rehabilitation_evaluation (id),
    position                integer not null,
    state_code              uuid    not null,
    met                     boolean not null,
    state                   integer check (state between 0 and 4),
    primary key (evaluation_id, position)
);

create table rehabilitation_note (
    id                      bigint generated always as identity primary key,
    course_id               bigint  not null references rehabilitation_course (id),
    text                    text    not null check (length(text) between 1 and 4000),
    written_at              timestamptz not null,
    written_by              text    not null,
    written_by_provider     boolean not null
);
create index rehabilitation_note_course on rehabilitation_note (course_id, written_at);

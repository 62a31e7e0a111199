-- VUM 2.0 assessments (udredninger) of the adult social area and the handleplan (serviceloven § 141).
-- The per-theme assessments, the statements from others and the goals are small nested lists that are always read
-- and written with their parent, so they are stored as jsonb; theme codes and scale steps are checked against
-- reference/vum-2.0.yaml by the application before anything is stored.
create table vum_assessment (
    id                 bigint generated always as identity primary key,
    municipality_id    integer     not null references municipality (id),
    citizen_id         bigint      not null references citizen (id),
    assessed_on        date        not null,
    status             text        not null check (status in ('DRAFT','COMPLETED')),
    themes             jsonb       not null,
    statements         jsonb       not null,
    overall_assessment text,
    completed_at       timestamptz,
    completed_by       text,
    created_at         timestamptz not null,
    created_by         text        not null,
    modified_at        timestamptz not null,
    modified_by        text        not null,
    version            integer     not null
);
create index vum_assessment_citizen on vum_assessment (citizen_id);

-- A handleplan is never overwritten: each change is a new row in action_plan_version, the old ones are kept.
create table action_plan (
    id                bigint generated always as identity primary key,
    municipality_id   integer not null references municipality (id),
    citizen_id        bigint  not null references citizen (id),
    vum_assessment_id bigint references vum_assessment (id),
    current_version   integer not null
);
create index action_plan_citizen on action_plan (citizen_id);

create table action_plan_version (
    action_plan_id   bigint      not null references action_plan (id),
    version          integer     not null,
    course           text        not null,
    goals            jsonb       not null,
    review_dates     jsonb       not null,
    offered_on       date,
    citizen_response text check (citizen_response in ('ACCEPTED','DECLINED')),
    responded_on     date,
    created_at       timestamptz not null,
    created_by       text        not null,
    primary key (action_plan_id, version)
);

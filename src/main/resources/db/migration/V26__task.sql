-- The work queue (opgaver). A task is one piece of work on one citizen, opened and closed by the modules'
-- events (dk.omsorg.task.TaskRequested / TaskWorkDone / TaskWorkCancelled). One row per
-- (municipality, kind, subject_key): the unique key makes a redelivered event harmless.
-- owner: a user (owner_user, the username) or a team (owner_role, a role in the municipality), never both.
-- kind is not checked here: later capabilities add kinds without a migration (the Java enum is the list).
create table task (
    municipality_id integer     not null references municipality (id),
    id              bigint generated always as identity,
    citizen_id      bigint      not null references citizen (id),
    kind            text        not null check (length(kind) <= 40),
    subject_key     text        not null check (length(subject_key) <= 200),
    title           text        not null check (length(title) <= 300),
    link            text        not null check (length(link) <= 300),
    owner_user      text,
    owner_role      text check (owner_role in ('COORDINATOR','CASEWORKER','LEADER','FINANCE','SUPERVISOR')),
    due_on          date        not null,
    status          text        not null default 'OPEN' check (status in ('OPEN','DONE','CANCELLED')),
    closed_at       timestamptz,
    closed_by       text,
    created_at      timestamptz not null,
    modified_at     timestamptz not null,
    modified_by     text        not null,
    version         integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    unique (municipality_id, kind, subject_key),
    check ((owner_user is null) <> (owner_role is null)),
    check ((status = 'OPEN') = (closed_at is null and closed_by is null))
);
-- Mine opgaver: a user's or a team's open tasks by due date; the citizen overview's open tasks.
create index task_open_by_user on task (municipality_id, owner_user, due_on) where status = 'OPEN';
create index task_open_by_role on task (municipality_id, owner_role, due_on) where status = 'OPEN';
create index task_open_by_citizen on task (municipality_id, citizen_id) where status = 'OPEN';

-- The task listeners run after commit on several threads, so the close of a task (its work done) can be handled
-- before its request (a caseworker decides an inquiry a moment after it was registered). Such a close is kept
-- here, and the request, when it comes, writes the task closed. Both listeners take a transaction-scoped advisory
-- lock on the task's key first, so one of them always sees the other's row.
create table task_early_close (
    municipality_id integer     not null references municipality (id),
    kind            text        not null,
    subject_key     text        not null,
    status          text        not null check (status in ('DONE','CANCELLED')),
    closed_at       timestamptz not null,
    closed_by       text        not null,
    primary key (municipality_id, kind, subject_key)
);

-- Follow-ups (opfølgning): when the caseworker follows up a grant, from the rules in
-- policy/<code>-<name>/follow-up.yaml. A row is one follow-up due on a day for one grant under one rule;
-- completing it records the FSIII follow-up result (KL "Resultat af opfølgning": E1 Fortsættes, E2 Ændres
-- inden for rammen, E3 Afsluttes, E4 Revisitation) and schedules the next one in the same transaction.
--
-- grant_key refers to decision_grant.grant_key (not a foreign key: the key spans decision versions).
-- caseworker: the responsible caseworker's username (the one who made the latest decision; reassignable).
-- base_on: the day the interval counts from (the grant's start or decision day, or the previous completion);
-- interval_months: for the periodic rules; null for the reminder before a temporary grant's end.
-- CANCELLED: the grant was changed or stopped so the rule no longer applies (kept for the record).

create table follow_up (
    municipality_id         integer not null references municipality (id),
    id                      bigint generated always as identity,
    citizen_id              bigint  not null references citizen (id),
    decision_id             bigint  not null references decision (id),   -- the decision version that scheduled it
    grant_key               uuid    not null,
    intervention_name       text    not null,
    rule                    text    not null check (rule in
                                ('AFTER_REHABILITATION','SPECIAL_CASE','CASEWORKER_INTERVAL','TEMPORARY_END')),
    rule_source             text    not null,                            -- the policy file's citation
    base_on                 date    not null,
    interval_months         integer check (interval_months between 1 and 120),
    due_on                  date    not null,
    caseworker              text    not null,
    status                  text    not null check (status in ('OPEN','COMPLETED','CANCELLED')),
    result                  text    check (result in ('CONTINUE','CHANGE_WITHIN_FRAME','END','REASSESS')),
    note                    text    check (length(note) <= 4000),
    completed_on            date,
    completed_at            timestamptz,
    completed_by            text,
    previous_id             bigint,                                      -- the follow-up whose completion scheduled it
    version                 integer not null default 0,
    created_at              timestamptz not null,
    created_by              text    not null,
    modified_at             timestamptz not null,
    modified_by             text    not null,
    primary key (municipality_id, id),
    unique (id),
    check ((status = 'COMPLETED') = (result is not null and completed_at is not null and completed_by is not null
                                     and completed_on is not null)),
    check ((rule = 'TEMPORARY_END') = (interval_months is null))
);
-- no duplicates: one follow-up per grant, rule, due day and origin (the decision's scheduling, or the completion
-- of the previous one: completed early, the next may fall on the day the previous was due), and one open per
-- grant and rule
create unique index follow_up_once on follow_up (municipality_id, grant_key, rule, due_on, coalesce(previous_id, 0))
    where status <> 'CANCELLED';
create unique index follow_up_one_open on follow_up (municipality_id, grant_key, rule) where status = 'OPEN';
create index follow_up_queue on follow_up (municipality_id, caseworker, due_on) where status = 'OPEN';
create index follow_up_citizen on follow_up (municipality_id, citizen_id, completed_on);

-- Reassessment (løbende justering/revisitation, seed 002): when a grant version takes effect, absences that pause
-- expected delivery, the municipalities' rules mirrored for set-based SQL, the flags the scan raises and the
-- scans themselves; ShedLock's table so the nightly scan runs once when several instances run.

-- The day a grant version takes effect: a new grant from its start; a changed one from the decision date or,
-- back-dated (seed 002: "med tilbagevirkende kraft"), earlier — never before the start.
alter table decision_grant add column effective_from date;
update decision_grant g set effective_from = greatest(g.start_on, first_decided.decided_on)
from (select dg.grant_key, dg.version_no, min(d.decided_on) as decided_on
      from decision_grant dg join decision d on d.id = dg.decision_id
      group by dg.grant_key, dg.version_no) first_decided
where first_decided.grant_key = g.grant_key and first_decided.version_no = g.version_no and g.version_no > 1;
update decision_grant set effective_from = start_on where effective_from is null;
alter table decision_grant alter column effective_from set not null;
alter table decision_grant add constraint decision_grant_effective_from check (effective_from >= start_on);

-- A citizen's absence (fravær, seed 002: "indlæggelse, ferie eller andet"): expected delivery pauses for its days.
create table absence (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    kind                text    not null check (kind in ('HOSPITAL','HOLIDAY','OTHER')),
    from_on             date    not null,
    to_on               date,                  -- null: until further notice
    note                text,
    cancelled           boolean not null default false,
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null,
    check (to_on is null or to_on >= from_on)
);
create index absence_citizen on absence (municipality_id, citizen_id, from_on);

-- The municipalities' reassessment rules (policy/<code>/reassessment.yaml), mirrored at start for the scan's SQL.
create table reassessment_rule (
    municipality_id             integer primary key references municipality (id),
    allowed_deviation_percent   integer not null check (allowed_deviation_percent >= 0),
    min_minutes_per_delivery    integer not null check (min_minutes_per_delivery >= 0),
    min_minutes_per_week        integer not null check (min_minutes_per_week >= 0),
    min_duration_days           integer not null check (min_duration_days >= 0),
    basis                       text    not null check (basis in ('DELIVERED','PLANNED')),
    pausing_reasons             text[]  not null,
    source                      text    not null
);

-- One run of the scan (nightly or on demand).
create table reassessment_scan (
    id                  bigint generated always as identity primary key,
    municipality_id     integer references municipality (id),   -- null: every municipality
    as_of               date    not null,                        -- days before this day are compared
    trigger             text    not null check (trigger in ('NIGHTLY','ON_DEMAND')),
    started_at          timestamptz not null,
    finished_at         timestamptz,
    started_by          text    not null,
    grants_scanned      integer,
    flags_raised        integer,
    flags_updated       integer
);

-- A reassessment flag: a grant whose delivered (or planned) time deviated outside the rule for more than the
-- minimum days. One flag per episode: a later scan that finds the same deviation going on (same grant version and
-- direction, the run reaching back to the flag's days) extends the flag instead of raising a new one.
create table reassessment_flag (
    id                          bigint generated always as identity primary key,
    municipality_id             integer not null references municipality (id),
    citizen_id                  bigint  not null references citizen (id),
    grant_key                   uuid    not null,
    grant_version_no            integer not null,
    decision_id                 bigint  not null references decision (id),   -- the current decision when raised
    caseworker                  text    not null,                            -- responsible: who made that decision
    direction                   integer not null check (direction in (-1, 1)),  -- 1: more time used than granted
    basis                       text    not null check (basis in ('DELIVERED','PLANNED')),
    first_day                   date    not null,       -- first day whose trailing week was outside the rule
    last_day                    date    not null,       -- last such day seen so far
    days_lasted                 integer not null,       -- days outside the rule in a row (absent days left out)
    granted_minutes_per_week    integer not null,
    deliveries_per_week         integer not null,
    change_per_week             numeric(9,1) not null,  -- average over the run
    change_per_delivery         numeric(9,1) not null,
    deviation_percent           numeric(9,1) not null,
    thresholds                  text[]  not null,       -- PERCENT, MINUTES_PER_DELIVERY, MINUTES_PER_WEEK, DURATION
    rule_text                   text    not null,       -- the rule as it read when raised
    status                      text    not null check (status in ('OPEN','ADJUSTED','KEPT','VISIT_PLANNED')),
    resolution_note             text,
    resolved_decision_id        bigint  references decision (id),
    visit_on                    date,
    resolved_at                 timestamptz,
    resolved_by                 text,
    raised_at                   timestamptz not null,
    raised_by_scan_id           bigint  not null references reassessment_scan (id),
    updated_by_scan_id          bigint  not null references reassessment_scan (id),
    version                     integer not null,
    check (last_day >= first_day),
    check ((status = 'OPEN') = (resolved_at is null)),
    check (status <> 'ADJUSTED' or resolved_decision_id is not null),
    check (status <> 'KEPT' or resolution_note is not null),
    check (status <> 'VISIT_PLANNED' or visit_on is not null)
);
create unique index reassessment_flag_open on reassessment_flag (grant_key, grant_version_no, direction) where status = 'OPEN';
create index reassessment_flag_grant on reassessment_flag (grant_key, grant_version_no, direction, last_day);
create index reassessment_flag_queue on reassessment_flag (municipality_id, status, caseworker);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider): a scheduled job runs on one instance.
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

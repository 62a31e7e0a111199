-- Issue 16 (branch own-payment): § 107 own payment versions and BPA (§ 96) arrangements.

-- Every change of a citizen's own-payment input is a new version from its effective date; older versions are kept.
-- The input is stored as given (kroner as decimal text) and the computed monthly own payment beside it.
create table own_payment (
    id               bigint generated always as identity primary key,
    municipality_id  integer not null references municipality (id),
    citizen_id       bigint  not null references citizen (id),
    version          integer not null check (version >= 1),
    effective_from   date    not null,
    grant_key        uuid,   -- the decision module's grant key, if attached (no foreign key: another module's data)
    input            jsonb   not null,
    own_payment_ore  bigint  not null check (own_payment_ore >= 0),
    created_by       text    not null,
    created_at       timestamptz not null,
    unique (citizen_id, version)
);

-- One BPA arrangement per citizen: granted hours per day from a start date, and a report that a full helper team
-- cannot be kept (from a date; cleared when the team is full again).
create table bpa_arrangement (
    id                 bigint generated always as identity primary key,
    municipality_id    integer not null references municipality (id),
    citizen_id         bigint  not null unique references citizen (id),
    grant_key          uuid,
    hours_per_day      numeric(4, 2) not null check (hours_per_day between 0 and 24),
    start_date         date    not null,
    team_not_kept_from date,
    version            integer not null default 0,
    changed_by         text    not null,
    changed_at         timestamptz not null
);
create index bpa_arrangement_team on bpa_arrangement (municipality_id) where team_not_kept_from is not null;

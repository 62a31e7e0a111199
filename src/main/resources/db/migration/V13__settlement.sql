-- Settlement (afregning) with providers and the citizens' co-payment (egenbetaling).
--
-- The policy (time bands, rate groups, rates, co-payment prices, outcome bonus) is a file per municipality,
-- policy/<code>-<name>/settlement.yaml, mirrored into the settlement_policy_* tables at every start so the
-- monthly run is set-based SQL. Case-specific rates (seed 000: "særskilte takster, som er forhandlet til den
-- konkrete sag") are entered by finance and live only here. Amounts are integer øre: no floating-point money.

create table settlement_policy (
    municipality_id     integer primary key references municipality (id),
    source              text    not null,
    sha256              char(64) not null,           -- of the file: a changed policy makes approved months be recomputed
    changed_at          timestamptz not null,        -- when the file's content last changed
    correction_months   integer not null check (correction_months between 0 and 60),
    temporary_free_bases text[] not null             -- legal-basis prefixes with no co-payment for temporary help (seed 002)
);

create table settlement_time_band (
    municipality_id     integer not null references municipality (id),
    valid_from          date    not null,
    valid_to            date,
    weekday_day_from    time    not null,            -- hverdag dag: Monday–Friday, not a public holiday
    weekday_day_to      time    not null,
    night_from          time    not null,            -- nat, across midnight when night_from > night_to
    night_to            time    not null,
    extra_holidays      text[]  not null,            -- beyond the public holidays (the run passes the month's days)
    primary key (municipality_id, valid_from)
);

create table settlement_rate_group (
    municipality_id     integer not null references municipality (id),
    code                text    not null,
    name                text    not null,
    unit                text    not null check (unit in ('HOUR','VISIT')),
    by_time_band        boolean not null,
    basis               text    not null check (basis in ('GRANTED','DELIVERED')),
    paid_not_delivered  text[]  not null,            -- not-delivered reasons the municipality pays for
    account             text    not null,            -- kontering when no legal basis has its own
    primary key (municipality_id, code)
);

-- Which grants a rate group prices: by intervention code (wins) or by catalogue area code.
create table settlement_rate_group_member (
    municipality_id     integer not null,
    rate_group          text    not null,
    kind                text    not null check (kind in ('AREA','INTERVENTION')),
    code                text    not null,
    primary key (municipality_id, kind, code),
    foreign key (municipality_id, rate_group) references settlement_rate_group (municipality_id, code)
);

create table settlement_account (
    municipality_id     integer not null,
    rate_group          text    not null,
    legal_basis         text    not null,
    account             text    not null,
    primary key (municipality_id, rate_group, legal_basis),
    foreign key (municipality_id, rate_group) references settlement_rate_group (municipality_id, code)
);

-- provider_id null: the municipality's free-choice rate (fritvalgstakst), for every provider without its own.
-- band ALL for a rate group not priced by time band.
create table settlement_rate (
    municipality_id     integer not null,
    provider_id         bigint  references provider (id),
    rate_group          text    not null,
    band                text    not null check (band in ('WEEKDAY_DAY','OTHER','NIGHT','ALL')),
    valid_from          date    not null,
    valid_to            date,
    amount_ore          bigint  not null check (amount_ore >= 0),
    foreign key (municipality_id, rate_group) references settlement_rate_group (municipality_id, code),
    check (valid_to is null or valid_to >= valid_from)
);
create index settlement_rate_key on settlement_rate (municipality_id, rate_group, band, provider_id, valid_from);

create table settlement_copayment_price (
    municipality_id     integer not null references municipality (id),
    rate                text    not null,            -- the catalogue's coPayment.rate, e.g. 'tøjvask'
    name                text    not null,
    unit                text    not null check (unit in ('MONTH','VISIT')),
    valid_from          date    not null,
    valid_to            date,
    amount_ore          bigint  not null check (amount_ore >= 0),
    primary key (municipality_id, rate, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table settlement_copayment_intervention (
    municipality_id     integer not null references municipality (id),
    rate                text    not null,
    intervention_code   text    not null,
    primary key (municipality_id, intervention_code)
);

-- seed 004 (Kolding's combined model): an amount per completed § 83 a course whose outcome improved
create table settlement_bonus (
    municipality_id     integer not null references municipality (id),
    valid_from          date    not null,
    valid_to            date,
    amount_ore          bigint  not null check (amount_ore >= 0),
    min_improvement     integer not null check (min_improvement > 0),
    account             text    not null,
    primary key (municipality_id, valid_from)
);

-- Case-specific rates on one citizen's grant, for the provider the rate was negotiated with.
create table settlement_case_rate (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    grant_key           uuid    not null,
    provider_id         bigint  not null references provider (id),
    band                text    not null check (band in ('WEEKDAY_DAY','OTHER','NIGHT','ALL')),
    valid_from          date    not null,
    valid_to            date,
    amount_ore          bigint  not null check (amount_ore >= 0),
    reason              text    not null,
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,    -- entered or ended: a change to an approved month shows as differences
    modified_by         text    not null,
    version             integer not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index settlement_case_rate_grant on settlement_case_rate (municipality_id, grant_key, provider_id);

-- One run per municipality and month. A draft may be run again (its lines are replaced); an approved month is
-- locked. computed_at: when the lines were computed — later changes to that month's data show as differences.
create table settlement_run (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    month               date    not null check (extract(day from month) = 1),
    status              text    not null check (status in ('RUNNING','FAILED','DRAFT','APPROVED')),
    progress            integer not null default 0 check (progress between 0 and 100),
    phase               text,
    started_at          timestamptz not null,
    started_by          text    not null,
    computed_at         timestamptz,
    approved_at         timestamptz,
    approved_by         text,
    total_ore           bigint,
    copayment_total_ore bigint,
    version             integer not null,
    unique (municipality_id, month),
    check ((status = 'APPROVED') = (approved_at is not null))
);

-- PERIOD: the month's own visits. DIFFERENCE: a change to an approved month (service_month), settled in this
-- run. BONUS: an outcome bonus. Lines per provider × citizen × grant × time band × rate.
-- provider_id and citizen_id carry no foreign keys: a line is derived, in bulk, only from visits and grants that
-- reference both (and neither is ever deleted); checking them again per line doubled the time of writing a month's
-- lines (the settlement benchmark).
create table settlement_line (
    run_id              bigint  not null references settlement_run (id) on delete cascade,
    municipality_id     integer not null,
    provider_id         bigint  not null,
    kind                text    not null check (kind in ('PERIOD','DIFFERENCE','BONUS')),
    service_month       date    not null,
    citizen_id          bigint  not null,
    grant_key           uuid    not null,
    intervention_code   text    not null,
    intervention_name   text    not null,
    rate_group          text    not null,
    legal_basis         text    not null,
    account             text    not null,
    band                text    not null,
    unit                text    not null,
    rate_source         text    not null check (rate_source in ('CASE','PROVIDER','FREE_CHOICE','BONUS')),
    rate_ore            bigint  not null,
    visits              integer not null,
    minutes             bigint  not null,
    amount_ore          bigint  not null
);
create index settlement_line_run on settlement_line (run_id, provider_id);
create index settlement_line_month on settlement_line (municipality_id, service_month);

-- Why a run stopped: visits with no applicable rate (all of them, no partial statement).
create table settlement_problem (
    run_id              bigint  not null references settlement_run (id) on delete cascade,
    provider_id         bigint,
    grant_key           uuid,
    intervention_code   text,
    band                text,
    first_day           date,
    visits              integer,
    code                text    not null
);

create table settlement_copayment (
    run_id              bigint  not null references settlement_run (id) on delete cascade,
    municipality_id     integer not null,
    citizen_id          bigint  not null references citizen (id),
    grant_key           uuid    not null,
    intervention_code   text    not null,
    intervention_name   text    not null,
    rate                text    not null,
    name                text    not null,
    unit                text    not null,
    quantity            numeric(6,2) not null,       -- visits, or the share of the month the grant was in force
    price_ore           bigint  not null,
    amount_ore          bigint  not null
);
create index settlement_copayment_run on settlement_copayment (run_id, citizen_id);

-- An approved month is locked: its lines cannot be changed or removed (statement triggers: a draft's lines are
-- replaced in bulk when it is run again).
create function settlement_locked() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join settlement_run r on r.id = o.run_id where r.status = 'APPROVED') then
        raise exception 'an approved settlement run is locked';
    end if;
    return null;
end $$;
create trigger settlement_line_locked_update after update on settlement_line
    referencing old table as old_rows for each statement execute function settlement_locked();
create trigger settlement_line_locked_delete after delete on settlement_line
    referencing old table as old_rows for each statement execute function settlement_locked();
create trigger settlement_copayment_locked_update after update on settlement_copayment
    referencing old table as old_rows for each statement execute function settlement_locked();
create trigger settlement_copayment_locked_delete after delete on settlement_copayment
    referencing old table as old_rows for each statement execute function settlement_locked();

create function settlement_run_locked() returns trigger language plpgsql as $$
begin
    if old.status = 'APPROVED' then
        raise exception 'an approved settlement run is locked';
    end if;
    return old;
end $$;
create trigger settlement_run_locked before delete on settlement_run
    for each row execute function settlement_run_locked();

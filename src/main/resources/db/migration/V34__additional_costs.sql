-- Merudgiftsydelse (serviceloven § 100): a citizen's calculation, its expense and deduction lines, and the drafts a
-- new yearly level creates until they are approved. grant_key names the decision module's § 100 grant when there is
-- one; it is a plain uuid (no foreign key) so the calculation can exist before the grant. Amounts are øre.
create table additional_costs_calculation (
    id                bigint generated always as identity primary key,
    municipality_id   integer     not null references municipality (id),
    citizen_id        bigint      not null references citizen (id),
    grant_key         uuid,
    start_month       date        not null check (extract(day from start_month) = 1),
    conditions_end    date,
    level_valid_from  date        not null,
    monthly_expenses  bigint      not null,
    monthly_deductions bigint     not null,
    monthly_need      bigint      not null check (monthly_need >= 0),
    outcome           text        not null check (outcome in ('REFUSED','STANDARD','ACTUAL')),
    band              integer     not null,
    monthly_allowance bigint      not null check (monthly_allowance >= 0),
    version           integer     not null default 0,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    updated_by        text        not null
);
create index additional_costs_calculation_citizen on additional_costs_calculation (citizen_id);
create index additional_costs_calculation_municipality on additional_costs_calculation (municipality_id, start_month);

create table additional_costs_line (
    calculation_id    bigint  not null references additional_costs_calculation (id) on delete cascade,
    position          integer not null,
    line_type         text    not null check (line_type in ('EXPENSE','DEDUCTION')),
    kind              text    check (kind in ('MEDICINE','LEISURE_DRIVING','HOLIDAY','OTHER')),
    text              text    not null,
    amount            bigint  check (amount > 0),
    period            text    not null check (period in ('MONTH','YEAR')),
    evidence          text    check (evidence in ('PROBABLE','DOCUMENTED')),
    receipt_reference text,
    kilometres        integer,
    weeks             integer,
    holiday_start     date,
    monthly_before_cap bigint not null,
    monthly           bigint  not null,
    cap               text    not null,
    primary key (calculation_id, line_type, position)
);

-- A yearly regulation: one draft per calculation in force when a new level takes effect, approved once.
create table additional_costs_recalculation (
    id                bigint generated always as identity primary key,
    municipality_id   integer     not null references municipality (id),
    calculation_id    bigint      not null references additional_costs_calculation (id),
    level_valid_from  date        not null,
    old_allowance     bigint      not null,
    new_allowance     bigint      not null,
    new_outcome       text        not null check (new_outcome in ('REFUSED','STANDARD','ACTUAL')),
    new_band          integer     not null,
    new_need          bigint      not null,
    status            text        not null check (status in ('DRAFT','APPROVED')),
    created_at        timestamptz not null,
    approved_at       timestamptz,
    approved_by       text,
    unique (calculation_id, level_valid_from)
);

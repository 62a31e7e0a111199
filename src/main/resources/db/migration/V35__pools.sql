-- Puljer (issue 16): pools of hours or days to be used — § 97 ledsageordning, § 84 afløsning and aflastning.
-- grant_key names the decision's grant without a foreign key (the decision module owns grants). Accruals and
-- expiries are computed from the terms (PoolLedger); only what people record is stored.
create table pool (
    id               bigint generated always as identity primary key,
    municipality_id  integer not null references municipality (id),
    citizen_id       bigint  not null references citizen (id),
    grant_key        uuid    not null,
    kind             text    not null check (kind in ('COMPANION_HOURS','RELIEF_HOURS','RESPITE_DAYS')),
    starts_on        date    not null,
    ends_on          date    check (ends_on is null or ends_on >= starts_on),
    quantity         numeric(7,2) not null check (quantity > 0),
    saved_on_open    numeric(7,2) not null default 0 check (saved_on_open >= 0),
    version          integer not null,
    created_at       timestamptz not null,
    created_by       text    not null,
    modified_at      timestamptz not null,
    modified_by      text    not null,
    unique (citizen_id, grant_key)
);
create index pool_citizen on pool (municipality_id, citizen_id);

-- A use, or companionship given by another offer deducted (seed 001 § 97).
create table pool_entry (
    id          bigint generated always as identity primary key,
    pool_id     bigint  not null references pool (id),
    kind        text    not null check (kind in ('USE','DEDUCTION')),
    on_date     date    not null,
    quantity    numeric(7,2) not null check (quantity > 0),
    note        text,
    created_at  timestamptz not null,
    created_by  text    not null
);
create index pool_entry_pool on pool_entry (pool_id, on_date);

-- The yearly allowance for the companion's expenses, paid once a year on receipts: the unique key keeps it once.
create table pool_allowance (
    id                 bigint generated always as identity primary key,
    pool_id            bigint  not null references pool (id),
    year               integer not null,
    paid_on            date    not null,
    amount             numeric(9,2) not null check (amount > 0),
    receipt_reference  text    not null check (length(btrim(receipt_reference)) > 0),
    created_at         timestamptz not null,
    created_by         text    not null,
    unique (pool_id, year)
);

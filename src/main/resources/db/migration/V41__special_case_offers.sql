-- Special cases (issue 17, seed 000): offers, the leader's choice, the contract with its rates, and finance's notices.
-- Rates are integer øre per hour for the municipality's time bands (settlement.yaml: hverdag dag, øvrige tider, nat).

-- An offer from a provider (seed 000: "Der indhentes tilbud fra to eller flere leverandører").
-- notice_months: the notice the provider asks for, as "the current month plus n months".
create table special_case_offer (
    municipality_id     integer     not null,
    id                  bigint generated always as identity,
    special_case_id     bigint      not null,
    provider_id         bigint      not null references provider (id),
    received_on         date        not null,
    rate_weekday_day_ore bigint     not null check (rate_weekday_day_ore > 0),
    rate_other_ore      bigint      not null check (rate_other_ore > 0),
    rate_night_ore      bigint      not null check (rate_night_ore > 0),
    valid_from          date        not null,
    valid_to            date,
    notice_months       integer     not null check (notice_months between 0 and 24),
    created_at          timestamptz not null,
    created_by          text        not null,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, special_case_id) references special_case (municipality_id, id),
    check (valid_to is null or valid_to >= valid_from)
);
create index special_case_offer_case on special_case_offer (municipality_id, special_case_id);

-- The leader's choice among the offers: the cheapest by default, another only with a written reason (seed 000:
-- "Der indgås som udgangspunkt kontrakt med den billigste leverandør"). One choice per case; a new choice replaces it.
create table special_case_choice (
    municipality_id     integer     not null,
    special_case_id     bigint      not null,
    offer_id            bigint      not null references special_case_offer (id),
    cheapest_offer_id   bigint      not null references special_case_offer (id),
    reason              text        check (length(reason) <= 10000),
    chosen_at           timestamptz not null,
    chosen_by           text        not null,
    primary key (municipality_id, special_case_id),
    foreign key (municipality_id, special_case_id) references special_case (municipality_id, id),
    check (offer_id = cheapest_offer_id or length(btrim(coalesce(reason, ''))) > 0)
);

-- The contract (seed 000 "Kontrakter"). Two contracts of one citizen may not overlap in time: an exclusion constraint,
-- so concurrent contracts cannot both be stored (the citizen id as a one-point range needs no extension).
create table special_case_contract (
    municipality_id     integer     not null,
    id                  bigint generated always as identity,
    special_case_id     bigint      not null,
    citizen_id          bigint      not null,
    provider_id         bigint      not null references provider (id),
    offer_id            bigint      references special_case_offer (id),
    start_on            date        not null,
    end_on              date,
    notice_months       integer     not null check (notice_months >= 0),
    notice_given_on     date,
    created_at          timestamptz not null,
    created_by          text        not null,
    modified_at         timestamptz not null,
    modified_by         text        not null,
    version             integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, special_case_id) references special_case (municipality_id, id),
    check (end_on is null or end_on >= start_on),
    check (notice_given_on is null or end_on is not null),
    constraint special_case_contract_no_overlap exclude using gist (
        int8range(citizen_id, citizen_id, '[]') with &&,
        daterange(start_on, end_on, '[]') with &&)
);
create index special_case_contract_case on special_case_contract (municipality_id, special_case_id);

-- The contract's rates over time: a change of rate ends one row and starts the next.
create table special_case_contract_rate (
    id                  bigint generated always as identity primary key,
    contract_id         bigint      not null references special_case_contract (id),
    valid_from          date        not null,
    valid_to            date,
    rate_weekday_day_ore bigint     not null check (rate_weekday_day_ore > 0),
    rate_other_ore      bigint      not null check (rate_other_ore > 0),
    rate_night_ore      bigint      not null check (rate_night_ore > 0),
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (int8range(contract_id, contract_id, '[]') with &&, daterange(valid_from, valid_to, '[]') with &&)
);

-- Finance is informed (seed 000 "Orientere økonomi"): the case's monthly cost before → after each change.
create table special_case_finance_notice (
    municipality_id     integer     not null,
    id                  bigint generated always as identity,
    special_case_id     bigint      not null,
    cause               text        not null check (cause in ('CONTRACT','PROVIDER','RATE','MINUTES','END')),
    effective_on        date        not null,
    provider_id         bigint      references provider (id),
    weekly_minutes      integer     not null,
    cost_before_ore     bigint      not null,
    cost_after_ore      bigint      not null,
    happened_at         timestamptz not null,
    happened_by         text        not null,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, special_case_id) references special_case (municipality_id, id)
);
create index special_case_finance_notice_case on special_case_finance_notice (municipality_id, special_case_id, id);

-- A case rate written from a contract carries its source, so the contract can keep its rates in step (a finance
-- entry has none).
alter table settlement_case_rate add column source text;
create index settlement_case_rate_source on settlement_case_rate (municipality_id, source) where source is not null;

-- An account per provider for a rate group (settlement.yaml providerAccounts; seed 000: "De særlige borgersager
-- konteres alt efter, hvilken leverandør de har"). provider_id null: every provider not listed.
create table settlement_provider_account (
    municipality_id     integer not null,
    rate_group          text    not null,
    provider_id         bigint  references provider (id),
    account             text    not null,
    foreign key (municipality_id, rate_group) references settlement_rate_group (municipality_id, code),
    unique nulls not distinct (municipality_id, rate_group, provider_id)
);

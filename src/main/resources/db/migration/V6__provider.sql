-- Providers (leverandører), their approvals, the municipality's provider settings and districts,
-- the provider chosen for each grant, and switches of provider.
--
-- Providers, districts and approvals mirror policy/<code>-<name>/providers.yaml and are reloaded at
-- every start. Providers and districts are referenced by grants, switches, users and citizens, so the
-- loader keeps their rows (matched by code, so ids stay stable) and marks those no longer in the file
-- as not listed; approvals are replaced.

create table district (
    municipality_id integer not null references municipality (id),
    code            text    not null,
    name            text    not null,
    listed          boolean not null,      -- in the current policy file
    primary key (municipality_id, code)
);

-- The district a citizen lives in: who may deliver depends on it (approvals per district).
alter table citizen add column district text;
alter table citizen add constraint citizen_district_fk
    foreign key (municipality_id, district) references district (municipality_id, code);

create table provider_settings (
    municipality_id                 integer primary key references municipality (id),
    different_providers_per_area    boolean not null,   -- seed 004: Brønderslev false (same provider for § 83 and § 83 a)
    switch_notice_months            integer not null check (switch_notice_months >= 0),
    switch_on_first_of_month        boolean not null,   -- Greve: "til den 1. i en måned"
    switch_rule_text                text    not null,   -- the rule in the municipality's words
    personal_care_areas             text[]  not null,   -- their provider coordinates (seed 002)
    source                          text    not null
);

create table provider (
    id              bigint generated always as identity primary key,
    municipality_id integer not null references municipality (id),
    code            text    not null,          -- the policy file's key
    name            text    not null,
    cvr             char(8) not null check (cvr ~ '^[1-9][0-9]{7}$'),
    kind            text    not null check (kind in ('MUNICIPAL','PRIVATE')),
    phone           text,
    email           text,
    address         text,
    listed          boolean not null,          -- in the current policy file
    unique (municipality_id, code)
);

create table provider_area_approval (
    provider_id     bigint  not null references provider (id),
    area_code       text    not null,          -- catalogue area code, e.g. 'personlig-pleje'
    valid_from      date    not null,
    valid_to        date,
    primary key (provider_id, area_code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table provider_district_approval (
    provider_id     bigint  not null references provider (id),
    municipality_id integer not null,
    district_code   text    not null,
    valid_from      date    not null,
    valid_to        date,
    primary key (provider_id, district_code, valid_from),
    foreign key (municipality_id, district_code) references district (municipality_id, code),
    check (valid_to is null or valid_to >= valid_from)
);

alter table app_user add constraint app_user_provider_fk foreign key (provider_id) references provider (id);

-- The provider chosen when the grant was decided. Constant across versions of a grant: a later
-- change of provider is a switch (provider_switch), not a new grant version.
alter table decision_grant add column provider_id bigint references provider (id);
alter table decision_grant add column provider_choice text
    check (provider_choice in ('FREE_CHOICE','FREE_CHOICE_VOUCHER','SELECTED_BY_MUNICIPALITY'));
alter table decision_grant add column selection_reason text;
alter table decision_grant add constraint decision_grant_provider_choice
    check ((provider_id is null or provider_choice is not null)
       and (provider_choice = 'FREE_CHOICE_VOUCHER' or (provider_id is null) = (provider_choice is null))
       and (provider_choice is distinct from 'SELECTED_BY_MUNICIPALITY' or selection_reason is not null));
create index decision_grant_provider on decision_grant (provider_id);

-- Switches of provider for one grant (by grant key). From effective_from the new provider delivers;
-- until then the one before. Never updated.
create table provider_switch (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    grant_key           uuid    not null,
    old_provider_id     bigint  references provider (id),   -- null: a voucher grant gets its first provider
    new_provider_id     bigint  not null references provider (id),
    cause               text    not null check (cause in ('CITIZEN_REQUEST','DISTRICT_TRANSFER','VOUCHER_PROVIDER_FOUND')),
    requested_on        date    not null,
    effective_from      date    not null,
    note                text,
    created_at          timestamptz not null,
    created_by          text    not null,
    check (effective_from >= requested_on),
    check (old_provider_id is distinct from new_provider_id)
);
create index provider_switch_grant on provider_switch (grant_key, effective_from);
create index provider_switch_citizen on provider_switch (municipality_id, citizen_id);
create index provider_switch_new on provider_switch (new_provider_id);

-- Transfers to another district (seed 002: "Ved overflytning til andet distrikt foretages ikke en
-- revisitation"): kept for the case's history.
create table district_transfer (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    from_district       text,
    to_district         text    not null,
    transferred_on      date    not null,
    created_at          timestamptz not null,
    created_by          text    not null,
    foreign key (municipality_id, to_district) references district (municipality_id, code)
);
create index district_transfer_citizen on district_transfer (municipality_id, citizen_id);

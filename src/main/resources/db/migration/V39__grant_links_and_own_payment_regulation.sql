-- Issue 16 (branch i16-links): a place grant names its offer among the municipality's providers, and the yearly
-- regulation of § 107 own payments.

-- The provider whose offer a PLACE grant is a place in; null when the offer is named as free text (no provider fits).
-- decision_grant.place keeps the provider's name as it was when decided, so the letter stays as sent.
alter table decision_grant add column place_provider_id bigint references provider (id);
alter table decision_grant add constraint decision_grant_place_provider_only_for_places
    check (place_provider_id is null or measure = 'PLACE');

-- A new yearly own-payment level: one draft per citizen whose latest version was computed with an earlier level,
-- with the amount before and after. Approval adds a new own_payment version from the level's first day; a draft
-- whose citizen got a new version after it was made is stale (409 on approval) and is made again.
create table own_payment_regulation (
    id               bigint generated always as identity primary key,
    municipality_id  integer not null references municipality (id),
    citizen_id       bigint  not null references citizen (id),
    level_valid_from date    not null,
    base_version     integer not null check (base_version >= 1),
    old_amount_ore   bigint  not null check (old_amount_ore >= 0),
    new_amount_ore   bigint  not null check (new_amount_ore >= 0),
    status           text    not null check (status in ('DRAFT', 'APPROVED')),
    created_by       text    not null,
    created_at       timestamptz not null,
    approved_by      text,
    approved_at      timestamptz,
    approved_version integer,
    unique (citizen_id, level_valid_from)
);
create index own_payment_regulation_level on own_payment_regulation (municipality_id, level_valid_from);

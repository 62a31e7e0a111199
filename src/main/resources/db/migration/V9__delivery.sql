-- Planned and delivered time (levering): the provider's visits per grant, planned (disponeret) and
-- delivered (leveret), registered over the provider API, the CSV import or the provider's week view.
--
-- external_id is the provider's own visit id (besøgs_id): unique per provider, so a re-sent or corrected
-- visit replaces the earlier one. A DELIVERED row with not_delivered_reason is a visit that did not happen
-- (minutes may then be 0). shift: given for a planned visit; derived from start_time and the municipality's
-- shift boundaries for a delivered one (omsorg.delivery.shifts.*).
-- grant_key refers to decision_grant.grant_key (not a foreign key: the key spans decision versions).

create table visit (
    id                      bigint generated always as identity primary key,
    municipality_id         integer not null references municipality (id),
    provider_id             bigint  not null references provider (id),
    citizen_id              bigint  not null references citizen (id),
    grant_key               uuid    not null,
    external_id             text    not null check (length(external_id) between 1 and 100),
    kind                    text    not null check (kind in ('PLANNED','DELIVERED')),
    visit_date              date    not null,
    start_time              time,
    shift                   text    not null check (shift in ('DAY','EVENING','NIGHT')),
    minutes                 integer not null check (minutes between 0 and 1440),
    not_delivered_reason    text    check (not_delivered_reason in
                                ('CITIZEN_ABSENT','HOSPITALISED','CANCELLED_BY_CITIZEN','REPLACEMENT_HELP')),
    created_at              timestamptz not null,
    created_by              text    not null,
    modified_at             timestamptz not null,
    modified_by             text    not null,
    check (not_delivered_reason is null or kind = 'DELIVERED'),
    check (minutes > 0 or not_delivered_reason is not null),
    check (kind = 'PLANNED' or start_time is not null or not_delivered_reason is not null)
);
-- ON CONFLICT target; a provider belongs to one municipality, so this is unique per municipality too
create unique index visit_external on visit (provider_id, external_id);
create index visit_grant on visit (municipality_id, grant_key, visit_date);
create index visit_citizen on visit (municipality_id, citizen_id, visit_date);
create index visit_provider on visit (municipality_id, provider_id, visit_date);

-- Lenient parsing for the import's set-based validation: null instead of an error.
create function visit_try_date(t text) returns date language plpgsql immutable as $$
begin
    if t ~ '^\d{4}-\d{2}-\d{2}$' then
        return t::date;
    elsif t ~ '^\d{2}-\d{2}-\d{4}$' then
        return make_date(substr(t, 7, 4)::int, substr(t, 4, 2)::int, substr(t, 1, 2)::int);
    end if;
    return null;
exception when others then
    return null;
end $$;

create function visit_try_time(t text) returns time language plpgsql immutable as $$
begin
    if t ~ '^([01]?\d|2[0-3])[:.][0-5]\d$' then
        return replace(t, '.', ':')::time;
    end if;
    return null;
exception when others then
    return null;
end $$;

-- Plejeboliggaranti (serviceloven § 192 a / almenboligloven § 58 a): the warning task before an entry's offer-by date.
-- One row per general-list entry and guarantee start (the list date, or the day a refusal was received): the daily
-- job writes it when it asks for the task and closes it when an offer is made (or the entry leaves the list), so a
-- task is asked for once per round of the guarantee and closed once.
create table place_guarantee_warning (
    municipality_id     integer not null references municipality (id),
    entry_id            bigint  not null references place_list_entry (id),
    guarantee_from      date    not null,
    offer_by            date    not null,
    requested_at        timestamptz not null,
    closed_at           timestamptz,
    closed_as           text    check (closed_as in ('OFFERED','LEFT_LIST')),
    primary key (entry_id, guarantee_from),
    check ((closed_at is null) = (closed_as is null))
);
create index place_guarantee_warning_open on place_guarantee_warning (municipality_id) where closed_at is null;

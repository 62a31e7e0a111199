-- Places (issue 19): waiting lists, offers and stays for the units of place_unit (V48).
-- Seed 002 "Procedure for midlertidige boliger": a visitator puts a citizen on a list under a decision, with a
-- priority class and the purpose of the stay; "Ved ledig bolig tilbyder teamleder midlertidig bolig til den borger,
-- som har højest prioritet på ventelisten og ældste ventelistedato". Seed 002 "Intervalophold": preferred and
-- refused units, free periods. Plejeboliggaranti (serviceloven § 192 a): the general list's 2 months run from the
-- list date, restarted by a refusal.

-- Exclusion constraints over (unit, place, days) need equality on scalars inside a GiST index.
create extension if not exists btree_gist;

create table place_list_entry (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    list                text    not null check (list in ('TEMPORARY_STAY','INTERVAL_STAY','NURSING_HOME_GENERAL',
                                                         'NURSING_HOME_SPECIFIC','ELDERLY_HOUSING')),
    grant_key           uuid    not null,      -- the granted intervention that put the citizen on the list
    decision_id         bigint  not null references decision (id),
    purpose             text    not null check (length(btrim(purpose)) > 0),   -- seed 002: "formålet for opholdet"
    priority_class      text,                  -- TEMPORARY_STAY: a class code of places.yaml
    wished_unit         text,                  -- NURSING_HOME_SPECIFIC: the wished nursing home
    preferred_units     text[]  not null default '{}',   -- INTERVAL_STAY: where it is most suitable
    refused_units       text[]  not null default '{}',   -- INTERVAL_STAY: where the citizen does not want to stay
    listed_on           date    not null,      -- the list date; ranks within a class (oldest first)
    guarantee_from      date,                  -- NURSING_HOME_GENERAL: list date, or the day a refusal was received
    in_hospital_since   date,                  -- ready for discharge since (indlagte, der er færdigbehandlede)
    reviewed_on         date    not null,      -- last time the caseworker confirmed the entry is current
    status              text    not null check (status in ('WAITING','OFFERED','PLACED','REMOVED')),
    removed_on          date,
    removal_reason      text    check (removal_reason in ('DEATH','HOSPITAL_ADMISSION','NO_LONGER_NEEDED','OTHER')),
    removal_note        text,
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null default 0,
    foreign key (municipality_id, wished_unit) references place_unit (municipality_id, code),
    check ((list = 'TEMPORARY_STAY') = (priority_class is not null)),
    check ((list = 'NURSING_HOME_SPECIFIC') = (wished_unit is not null)),
    check ((list = 'NURSING_HOME_GENERAL') = (guarantee_from is not null)),
    check ((status = 'REMOVED') = (removed_on is not null and removal_reason is not null))
);
-- One live entry per citizen and list; a second application for the same list updates the entry, not a copy.
create unique index place_list_entry_live on place_list_entry (municipality_id, citizen_id, list)
    where status in ('WAITING','OFFERED');
create index place_list_entry_list on place_list_entry (municipality_id, list, status, listed_on);

-- A priority change on the temporary-stay list, with date and reason (seed 002: "Prioritering af borgers status på
-- venteliste, skal ændres i takt med ændringer i borgerens livssituation").
create table place_priority_change (
    id                  bigint generated always as identity primary key,
    entry_id            bigint  not null references place_list_entry (id),
    changed_on          date    not null,
    from_class          text    not null,
    to_class            text    not null,
    reason              text    not null check (length(btrim(reason)) > 0),
    changed_at          timestamptz not null,
    changed_by          text    not null,
    check (from_class <> to_class)
);
create index place_priority_change_entry on place_priority_change (entry_id, changed_on);

-- An offer of a place to a citizen on a list: accepted (the move-in is planned as a stay), declined (reason kept;
-- on the general nursing-home list the guarantee restarts from refusal_received_on) or withdrawn.
create table place_offer (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    entry_id            bigint  not null references place_list_entry (id),
    unit_code           text    not null,
    place_no            integer not null check (place_no >= 1),
    from_on             date    not null,      -- the day the citizen can move in
    to_on               date,                  -- the planned move-out (exclusive); null = until further notice
    offered_on          date    not null,
    offered_by          text    not null,
    status              text    not null check (status in ('OFFERED','ACCEPTED','DECLINED','WITHDRAWN')),
    answered_on         date,
    decline_reason      text,
    refusal_received_on date,
    created_at          timestamptz not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null default 0,
    foreign key (municipality_id, unit_code) references place_unit (municipality_id, code),
    check (to_on is null or to_on > from_on),
    check ((status = 'OFFERED') = (answered_on is null)),
    check (status <> 'DECLINED' or (decline_reason is not null and length(btrim(decline_reason)) > 0
                                    and refusal_received_on is not null))
);
-- One open offer per entry: accepting or offering twice cannot race into two.
create unique index place_offer_open on place_offer (entry_id) where status = 'OFFERED';

-- A stay in a place: planned (an accepted offer or a booked interval period), staying (moved in) or ended (moved
-- out); cancelled when it did not happen. Days are [from_on, to_on): the move-out day is free for the next citizen.
create table place_stay (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    unit_code           text    not null,
    place_no            integer not null check (place_no >= 1),
    offer_id            bigint  unique references place_offer (id),
    entry_id            bigint  references place_list_entry (id),
    from_on             date    not null,      -- move-in (planned, then actual)
    to_on               date,                  -- move-out, exclusive (planned, then actual); null = open
    status              text    not null check (status in ('PLANNED','STAYING','ENDED','CANCELLED')),
    absence_id          bigint  references absence (id),  -- the home-care pause while the citizen stays
    created_at          timestamptz not null,
    created_by          text    not null,
    modified_at         timestamptz not null,
    modified_by         text    not null,
    version             integer not null default 0,
    foreign key (municipality_id, unit_code) references place_unit (municipality_id, code),
    check (to_on is null or to_on > from_on),
    check (status <> 'ENDED' or to_on is not null),
    -- a place is never booked twice for the same day, whatever the race
    constraint place_stay_no_double_booking exclude using gist (
        municipality_id with =, unit_code with =, place_no with =, daterange(from_on, to_on, '[)') with &&)
        where (status <> 'CANCELLED'),
    -- a citizen stays in one place at a time
    constraint place_stay_one_place_per_citizen exclude using gist (
        citizen_id with =, daterange(from_on, to_on, '[)') with &&)
        where (status <> 'CANCELLED')
);
create index place_stay_unit on place_stay (municipality_id, unit_code, from_on);
create index place_stay_citizen on place_stay (citizen_id, from_on);

-- While the citizen stays in a temporary or interval place, home care pauses: an absence of its own kind
-- (midlertidigt ophold), with notices to the provider when the pause starts and ends.
alter table absence drop constraint absence_kind_check;
alter table absence add constraint absence_kind_check check (kind in ('HOSPITAL','HOLIDAY','OTHER','TEMPORARY_STAY'));

alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT',
    'TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN','PAUSED_GRANT','RESUMED_GRANT','CONDITION_CHANGED',
    'CANNOT_DELIVER','DEATH','EXTRA_MINUTES'));
alter table notice drop constraint notice_direction_of_kind;
alter table notice add constraint notice_direction_of_kind check ((direction = 'TO_PROVIDER') = (kind in
    ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT','TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN','PAUSED_GRANT',
     'RESUMED_GRANT')));

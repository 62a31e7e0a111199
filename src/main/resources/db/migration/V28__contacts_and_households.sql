-- Issue 15: relatives and representatives on the citizen (pårørende, værge, fuldmagtshaver, kontaktperson), the
-- inquiry's applicant as one of them, and households (citizens at the same address linked as one household).
-- municipality_id leads every key; a citizen's rows reference the citizen with its municipality, so a row can
-- never join a citizen of another municipality.

-- The target of the (municipality_id, citizen_id) references below; a distinct name, not to meet another branch's.
alter table citizen add constraint citizen_contacts_ref_key unique (municipality_id, id);

-- A contact is ended (ended_on), never deleted: an inquiry and the audit log may refer to it.
create table citizen_contact (
    municipality_id integer     not null references municipality (id),
    id              bigint generated always as identity,
    citizen_id      bigint      not null,
    name            text        not null check (length(btrim(name)) between 1 and 200),
    relation        text        not null check (relation in ('RELATIVE','GUARDIAN','POWER_OF_ATTORNEY','CONTACT_PERSON')),
    phone           text        check (length(phone) <= 40),
    email           text        check (length(email) <= 254),
    contact_me      boolean     not null,
    consent         text        not null check (consent in ('NONE','ORAL','WRITTEN')),
    note            text        check (length(note) <= 10000),
    ended_on        date,
    ended_by        text,
    created_at      timestamptz not null,
    created_by      text        not null,
    modified_at     timestamptz not null,
    modified_by     text        not null,
    version         integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, citizen_id) references citizen (municipality_id, id),
    check ((ended_on is null) = (ended_by is null))
);
create index citizen_contact_citizen on citizen_contact (municipality_id, citizen_id);

-- The applicant picked from (or added to) the citizen's contacts; source_name stays the name as it was then.
alter table inquiry add column applicant_contact_id bigint references citizen_contact (id);

-- A household: citizens at the same address (spouses, cohabitants). Ended when fewer than two remain.
create table household (
    municipality_id integer     not null references municipality (id),
    id              bigint generated always as identity,
    created_at      timestamptz not null,
    created_by      text        not null,
    ended_at        timestamptz,
    primary key (municipality_id, id),
    unique (id)
);

-- Membership with its history; a citizen is in at most one current household (the partial unique index, not a
-- check before the insert, so two caseworkers linking at once cannot both succeed).
create table household_member (
    municipality_id integer     not null,
    household_id    bigint      not null,
    citizen_id      bigint      not null,
    joined_at       timestamptz not null,
    joined_by       text        not null,
    left_at         timestamptz,
    left_by         text,
    foreign key (municipality_id, household_id) references household (municipality_id, id),
    foreign key (municipality_id, citizen_id) references citizen (municipality_id, id),
    check ((left_at is null) = (left_by is null))
);
create unique index household_member_current on household_member (municipality_id, citizen_id) where left_at is null;
create index household_member_household on household_member (municipality_id, household_id) where left_at is null;

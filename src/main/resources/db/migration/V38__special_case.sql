-- Special 1:1 citizen cases (særlige borgersager), issue 17. Seed 000: exceptionally expensive cases of a fixed
-- watch (1:1 overvågning, fast vagt, indi-pakke) for a citizen at home or in a care centre; the municipality selects
-- the provider, compares offers, contracts, informs finance and follows up every 3 months.
-- The case's contact caseworker is the citizen's (citizen.contact_caseworker, V29): one fact, shown on the
-- overview and in the case. The case's grants are the citizen's grants of the special-case interventions while
-- the case is open (policy), so no grant is linked twice.

create table special_case (
    municipality_id     integer     not null references municipality (id),
    id                  bigint generated always as identity,
    citizen_id          bigint      not null,
    inquiry_id          bigint      references inquiry (id),     -- the inquiry "Særlig borgersag" it was opened from
    setting             text        not null check (setting in ('HOME','CARE_CENTRE')),
    status              text        not null check (status in ('ASSESSMENT','OFFERS','CONTRACTED','ENDED')),
    -- the shifts (vagtlag) with a fixed watch, as assessed (seed 000 KRITERIER 2: two of day, evening, night)
    watch_day           boolean     not null,
    watch_evening       boolean     not null,
    watch_night         boolean     not null,
    -- KRITERIER 1: the caseworker found the municipality's criteria for an individual package met
    package_criteria_met boolean    not null,
    need                text        not null check (length(btrim(need)) between 1 and 10000),
    -- who was told from the start that the municipality selects the provider (the citizen, or a relative when the
    -- citizen is not competent): null contact = the citizen
    informed_on         date,
    informed_contact_id bigint      references citizen_contact (id),
    opened_on           date        not null,
    ended_on            date,
    end_reason          text        check (length(end_reason) <= 10000),
    created_at          timestamptz not null,
    created_by          text        not null,
    modified_at         timestamptz not null,
    modified_by         text        not null,
    version             integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, citizen_id) references citizen (municipality_id, id),
    check ((status = 'ENDED') = (ended_on is not null)),
    check (ended_on is null or ended_on >= opened_on),
    check (informed_contact_id is null or informed_on is not null),
    -- KRITERIER 2 is also the database's: at least two shifts
    check ((watch_day::int + watch_evening::int + watch_night::int) >= 2),
    check (package_criteria_met)
);
-- One open special case per citizen: concurrent openings cannot make two.
create unique index special_case_open on special_case (municipality_id, citizen_id) where status <> 'ENDED';
create index special_case_status on special_case (municipality_id, status);

-- The case's history: every change in Danish, as the caseworker, leader and finance read it. Never updated.
create table special_case_event (
    id                  bigint generated always as identity primary key,
    municipality_id     integer     not null,
    special_case_id     bigint      not null,
    happened_at         timestamptz not null,
    happened_by         text        not null,
    kind                text        not null,
    text                text        not null check (length(text) <= 10000),
    foreign key (municipality_id, special_case_id) references special_case (municipality_id, id)
);
create index special_case_event_case on special_case_event (municipality_id, special_case_id, happened_at);

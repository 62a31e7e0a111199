-- Quality-standard catalogues (kvalitetsstandarder), one row per municipality and version, loaded
-- at every start from src/main/resources/policy/<code>-<name>/catalog-*.yaml (docs/catalog-format.md).
-- The files are the truth; these tables make them queryable and give decisions something to
-- reference: (municipality_id, catalog_valid_from, code) names one intervention of one version.
-- The structured parts (criteria, limits, deadlines, windows, …) are jsonb in the model's shape.

create table catalog (
    municipality_id integer not null references municipality (id),
    valid_from      date    not null,
    valid_to        date,                     -- null: open
    version         text    not null,         -- e.g. 'Kvalitetsstandarder 2022'
    source          text    not null,         -- the seed or adopted document the rules come from
    shape           text    not null check (shape in ('HOME_CARE','SOCIAL')),
    file            text    not null,         -- e.g. '253-greve/catalog-2022.yaml'
    loaded_at       timestamptz not null,
    primary key (municipality_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table catalog_area (
    municipality_id     integer not null,
    catalog_valid_from  date    not null,
    code                text    not null,
    position            integer not null,     -- order in the file
    number              integer,              -- the seed's section number
    name                text    not null,
    legal_basis         text[]  not null,
    appealable          boolean not null,
    free_choice         boolean not null,
    details             jsonb   not null,     -- purpose, target group, includes/excludes, start deadline, windows, max duration, follow-up, co-payment, …
    group_limits        jsonb   not null,     -- caps across the area's interventions
    primary key (municipality_id, catalog_valid_from, code),
    foreign key (municipality_id, catalog_valid_from) references catalog (municipality_id, valid_from) on delete cascade
);

create table catalog_intervention (
    municipality_id     integer not null,
    catalog_valid_from  date    not null,
    code                text    not null,
    area_code           text    not null,
    position            integer not null,     -- order in the file
    name                text    not null,
    fsiii_code          uuid,                 -- the FSIII intervention it reports as (KL's UUID)
    typical_score       smallint check (typical_score between 0 and 4),
    typical_minutes     integer check (typical_minutes > 0),
    shifts              text[]  not null,     -- the shifts it may be granted in; empty: all
    criteria            jsonb,                -- allocation criteria; null when none are stated
    limits              jsonb   not null,     -- frequency caps
    details             jsonb   not null,     -- description, exclusions, own deadlines, windows, duration, scope, …
    primary key (municipality_id, catalog_valid_from, code),
    foreign key (municipality_id, catalog_valid_from, area_code)
        references catalog_area (municipality_id, catalog_valid_from, code) on delete cascade
);
create index catalog_intervention_fsiii on catalog_intervention (municipality_id, fsiii_code);

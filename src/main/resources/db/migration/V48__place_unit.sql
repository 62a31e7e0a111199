-- Places (pladser): the units a municipality allocates — temporary stays, interval stays, nursing homes and
-- ældreboliger (seed 002, seed 003 areas 22–25). The rows mirror policy/<code>-<name>/places.yaml and are
-- synced at every start, matched by code so later tables (lists, offers, stays) can reference them; a unit no
-- longer in the file is kept but marked as not listed.
create table place_unit (
    municipality_id integer not null references municipality (id),
    code            text    not null,
    name            text    not null,
    kind            text    not null check (kind in ('TEMPORARY_STAY','INTERVAL_STAY','NURSING_HOME','ELDERLY_HOUSING')),
    places          integer not null check (places >= 1),
    district        text    not null,
    valid_from      date    not null,
    valid_to        date,
    waiting_lists   text[]  not null,
    listed          boolean not null,      -- in the current policy file
    primary key (municipality_id, code),
    foreign key (municipality_id, district) references district (municipality_id, code),
    check (valid_to is null or valid_to >= valid_from)
);

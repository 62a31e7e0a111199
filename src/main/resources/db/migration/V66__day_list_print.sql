-- The outage day lists made each night (and on demand) per provider, all districts and each district (issue 21:
-- "generated each night and on demand"): the PDF and CSV as they were made, ready to print before an outage, and the
-- citizens on them, so a download is audited per citizen. One print per provider, district and day it was made; a
-- new one for the same day replaces it. district '' = all the provider's districts.
create table day_list_print (
    id              bigint generated always as identity primary key,
    municipality_id integer     not null references municipality (id),
    provider_id     bigint      not null references provider (id),
    district        text        not null,
    made_on         date        not null,
    first_day       date        not null,
    last_day        date        not null check (last_day >= first_day),
    made_at         timestamptz not null,
    made_by         text        not null,
    citizens        bigint[]    not null,
    visits          integer     not null check (visits >= 0),
    pdf             bytea       not null,
    csv             bytea       not null,
    unique (provider_id, district, made_on)
);

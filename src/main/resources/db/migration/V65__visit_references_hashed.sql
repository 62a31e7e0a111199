-- V14's per-statement reference check of visits, the same guarantee at less cost: the distinct municipalities,
-- providers and citizens of the statement's rows are found by hashing (a handful of each among a file's hundreds of
-- thousands of rows) instead of three array_agg(distinct …), each of which sorted every row of the statement. The
-- locks (FOR KEY SHARE, as a foreign key takes them) and the error (SQLSTATE 23503) are V14's.
create or replace function visit_references_exist() returns trigger language plpgsql as $$
declare
    municipalities integer[];
    providers bigint[];
    citizens bigint[];
    missing text;
begin
    select (select array_agg(x) from (select distinct municipality_id from new_visit) d(x)),
           (select array_agg(x) from (select distinct provider_id from new_visit) d(x)),
           (select array_agg(x) from (select distinct citizen_id from new_visit) d(x))
    into municipalities, providers, citizens;
    perform from municipality where id = any (municipalities) for key share;
    perform from provider where id = any (providers) for key share;
    perform from citizen where id = any (citizens) for key share;
    select coalesce(
        (select 'municipality_id ' || r from unnest(municipalities) r where not exists (select from municipality where id = r) limit 1),
        (select 'provider_id ' || r from unnest(providers) r where not exists (select from provider where id = r) limit 1),
        (select 'citizen_id ' || r from unnest(citizens) r where not exists (select from citizen where id = r) limit 1))
    into missing;
    if missing is not null then
        raise foreign_key_violation using
            message = format('insert or update on table "visit" violates its reference to %s', split_part(missing, '_id', 1)),
            detail = format('Key (%s) is not present.', replace(missing, ' ', ')=(')),
            table = 'visit';
    end if;
    return null;
end $$;

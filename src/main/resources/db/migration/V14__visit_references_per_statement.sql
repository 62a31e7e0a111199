-- A visit's municipality, provider and citizen must exist, as before; they are now checked once per statement
-- instead of once per row.
--
-- Why: the visit import writes a provider's whole file (hundreds of thousands of rows) in one insert, and the three
-- foreign keys of V9 ran three lookups (with a row lock) per row: about half of the import's write time, although the
-- rows name one municipality, one provider and a few thousand citizens. The triggers below keep the same guarantee
-- for every path that writes visits (the import, the provider API, the week view, anything later):
--   * after each insert or update into visit, set-based over the statement's new rows (a transition table, read
--     once for the distinct references): each parent is locked FOR KEY SHARE as a foreign key would lock it (a
--     concurrent delete waits for us, and we wait for one in progress), then a reference without its parent fails
--     the statement with SQLSTATE 23503 (foreign_key_violation) like the foreign key did;
--   * on the parents, deleting a row, or changing its id, that a visit refers to fails the same way (the foreign
--     keys' ON DELETE / ON UPDATE NO ACTION), and TRUNCATE of a parent is refused while visits exist (the foreign
--     keys refused it outright).

alter table visit
    drop constraint visit_municipality_id_fkey,
    drop constraint visit_provider_id_fkey,
    drop constraint visit_citizen_id_fkey;

create function visit_references_exist() returns trigger language plpgsql as $$
declare
    municipalities integer[];
    providers bigint[];
    citizens bigint[];
    missing text;
begin
    -- one pass over the statement's rows for the distinct references
    select array_agg(distinct municipality_id), array_agg(distinct provider_id), array_agg(distinct citizen_id)
    into municipalities, providers, citizens
    from new_visit;
    -- each parent locked FOR KEY SHARE, as a foreign key locks it, then looked up once
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

create trigger visit_references_on_insert after insert on visit
    referencing new table as new_visit for each statement execute function visit_references_exist();
create trigger visit_references_on_update after update on visit
    referencing new table as new_visit for each statement execute function visit_references_exist();

-- The parents' side: TG_ARGV[0] is the visit column that refers to the parent's id.
create function visit_parent_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        if exists (select from visit) then
            raise foreign_key_violation using
                message = format('cannot truncate table "%s" while visits refer to it', tg_table_name);
        end if;
        return null;
    end if;
    if tg_op = 'UPDATE' and new.id = old.id then
        return null;
    end if;
    if exists (select from visit v where
               case tg_argv[0] when 'municipality_id' then v.municipality_id = old.id
                               when 'provider_id' then v.provider_id = old.id
                               else v.citizen_id = old.id end) then
        raise foreign_key_violation using
            message = format('%s on table "%s" violates the reference from table "visit"', lower(tg_op), tg_table_name),
            detail = format('Key (id)=(%s) is still referenced from table "visit".', old.id),
            table = tg_table_name;
    end if;
    return null;
end $$;

create trigger visit_keeps_municipality after delete or update of id on municipality
    for each row execute function visit_parent_kept('municipality_id');
create trigger visit_keeps_provider after delete or update of id on provider
    for each row execute function visit_parent_kept('provider_id');
create trigger visit_keeps_citizen after delete or update of id on citizen
    for each row execute function visit_parent_kept('citizen_id');
create trigger visit_keeps_municipality_truncate before truncate on municipality
    for each statement execute function visit_parent_kept('municipality_id');
create trigger visit_keeps_provider_truncate before truncate on provider
    for each statement execute function visit_parent_kept('provider_id');
create trigger visit_keeps_citizen_truncate before truncate on citizen
    for each statement execute function visit_parent_kept('citizen_id');

-- A statement line's run must exist and goes with it, as before; checked once per statement instead of once per row.
--
-- Why: the monthly run writes a month's lines (about 140,000 at 10,000 citizens) in one insert, and the foreign key
-- of V13 ran a lookup with a row lock per line — about half the time of writing the lines (the settlement benchmark:
-- 1.1–1.3 s with it, 0.5–0.6 s without), although every line of the statement names the same run. The same guarantee,
-- as V14 gives visits:
--   * after each insert or update into settlement_line, set-based over the statement's new rows: the runs named are
--     locked FOR KEY SHARE as the foreign key locked them (a concurrent delete of the run waits for us), then a line
--     whose run does not exist fails the statement with SQLSTATE 23503 (foreign_key_violation);
--   * deleting a run deletes its lines (the foreign key's ON DELETE CASCADE), once per statement; changing a run's id
--     while lines refer to it, or truncating the runs while lines exist, is refused as the foreign key refused it.

alter table settlement_line drop constraint settlement_line_run_id_fkey;

create function settlement_line_run_exists() returns trigger language plpgsql as $$
declare
    runs bigint[];
    missing bigint;
begin
    select array_agg(x) into runs from (select distinct run_id from new_line) d(x);
    perform from settlement_run where id = any (runs) for key share;
    select r into missing from unnest(runs) r where not exists (select from settlement_run where id = r) limit 1;
    if missing is not null then
        raise foreign_key_violation using
            message = 'insert or update on table "settlement_line" violates its reference to settlement_run',
            detail = format('Key (run_id)=(%s) is not present.', missing),
            table = 'settlement_line';
    end if;
    return null;
end $$;

create trigger settlement_line_run_on_insert after insert on settlement_line
    referencing new table as new_line for each statement execute function settlement_line_run_exists();
create trigger settlement_line_run_on_update after update on settlement_line
    referencing new table as new_line for each statement execute function settlement_line_run_exists();

create function settlement_run_lines_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from settlement_line where run_id in (select id from old_run);
        return null;
    end if;
    if tg_op = 'TRUNCATE' then
        if exists (select from settlement_line) then
            raise foreign_key_violation using message = 'cannot truncate table "settlement_run" while statement lines refer to it';
        end if;
        return null;
    end if;
    if new.id <> old.id and exists (select from settlement_line where run_id = old.id) then
        raise foreign_key_violation using
            message = 'update on table "settlement_run" violates the reference from table "settlement_line"',
            detail = format('Key (id)=(%s) is still referenced from table "settlement_line".', old.id),
            table = 'settlement_run';
    end if;
    return null;
end $$;

create trigger settlement_run_lines_on_delete after delete on settlement_run
    referencing old table as old_run for each statement execute function settlement_run_lines_follow();
create trigger settlement_run_lines_on_update after update of id on settlement_run
    for each row execute function settlement_run_lines_follow();
create trigger settlement_run_lines_on_truncate before truncate on settlement_run
    for each statement execute function settlement_run_lines_follow();

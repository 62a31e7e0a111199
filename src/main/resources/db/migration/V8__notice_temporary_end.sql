-- A notice to the provider ahead of a temporary grant's end (seed 002 "Midlertidig indsats").
do $$
declare c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'notice'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%SWITCH_IN%'
    loop
        execute format('alter table notice drop constraint %I', c.conname);
    end loop;
end $$;

alter table notice add constraint notice_kind_check check (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT',
    'TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN','CONDITION_CHANGED','CANNOT_DELIVER','DEATH'));
alter table notice add constraint notice_direction_of_kind check ((direction = 'TO_PROVIDER') = (kind in
    ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT','TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN')));

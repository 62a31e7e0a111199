-- Issue 20, the death path: a citizen's recorded death (date of death) and who told the municipality
-- (HOSPITAL: a MedCom hospital notification; PROVIDER: a provider's notice confirmed by a caseworker;
-- CASEWORKER: recorded by a caseworker). Recorded once: a second message changes nothing.
alter table citizen add column died_on date;
alter table citizen add column death_source varchar(20);
alter table citizen add constraint citizen_death_source check (
    (died_on is null and death_source is null)
    or (died_on is not null and death_source in ('HOSPITAL', 'PROVIDER', 'CASEWORKER')));

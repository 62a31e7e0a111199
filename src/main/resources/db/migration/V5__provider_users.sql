-- Provider users (leverandører): a user with role PROVIDER belongs to one provider and sees only
-- that provider's citizens and notices. The providers table comes with the provider module (V6),
-- which adds the foreign key.
alter table app_user add column provider_id bigint;
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('COORDINATOR','CASEWORKER','LEADER','FINANCE','SUPERVISOR','PROVIDER'));
alter table app_user add constraint app_user_provider_only_for_providers
    check ((role = 'PROVIDER') = (provider_id is not null));

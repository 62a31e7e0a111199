-- The indexes on visit, each questioned against the queries that read visits (bench/README.md, "The indexes on
-- visit"). Every visit the import stores writes one entry in each, so an index no query needs is import time spent
-- for nothing.
--
-- * visit_pkey on id: no query looks a visit up by id (the id is shown, e.g. as the KL Gateway Procedure's id, and
--   nothing refers to it by a foreign key); the identity still makes it unique. The key a visit is found by is the
--   provider's own visit id, unique per provider (visit_external): that becomes the primary key, one index for two.
-- * visit_citizen and visit_provider led with municipality_id: a citizen and a provider each belong to one
--   municipality, so the column only made every entry longer, and the day list (the provider's planned visits, no
--   municipality in its query) and the parents' delete checks of V14 (no municipality either) could use them only by
--   reading them whole. Kept without it: the citizen's visits (week views, KL Gateway, supervision samples), the
--   provider's (its visits and week, day lists).
-- * visit_grant (municipality_id, grant_key, visit_date) is kept as it is: without its leading column the reassessment
--   scan's planner probed it once per grant and provider instead of reading the window's visits once (the delivery
--   benchmark's scan took a third longer).
alter table visit drop constraint visit_pkey;
drop index visit_external;
alter table visit add constraint visit_pkey primary key (provider_id, external_id);

drop index visit_citizen;
create index visit_citizen on visit (citizen_id, visit_date);
drop index visit_provider;
create index visit_provider on visit (provider_id, visit_date);

-- The indexes on visit, each questioned against the queries that read visits (bench/README.md, "The indexes on
-- visit"). Every visit the import stores writes one entry in each, so an index no query needs is import time spent
-- for nothing.
--
-- * visit_pkey on id: no query looks a visit up by id (the id is shown, e.g. as the KL Gateway Procedure's id, and
--   nothing refers to it by a foreign key); the identity still makes it unique. The key a visit is found by is the
--   provider's own visit id, unique per provider (visit_external): that becomes the primary key, one index for two.
-- * visit_citizen led with municipality_id: a citizen belongs to one municipality, so the column only made every
--   entry longer, and the parents' delete check of V14 (a citizen's visits, no municipality in it) could use the index
--   only by reading it whole. Kept without it: the citizen's visits (week views, KL Gateway, supervision samples).
-- * visit_grant (municipality_id, grant_key, visit_date) and visit_provider (municipality_id, provider_id, visit_date)
--   are kept as they are: they are what the reassessment scan's plans read (the grant's visits; each provider's
--   latest day), and without the leading column the scan's planner chose worse plans (the delivery benchmark's scan
--   took a third longer and more).
alter table visit drop constraint visit_pkey;
drop index visit_external;
alter table visit add constraint visit_pkey primary key (provider_id, external_id);

drop index visit_citizen;
create index visit_citizen on visit (citizen_id, visit_date);

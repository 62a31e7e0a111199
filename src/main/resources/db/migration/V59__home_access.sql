-- Outage day lists (issue 21): how the staff get into the home (nøgleboks, where the key is, a door code given by a
-- relative) — printed on the provider's day list, so the visits can go on when the system is down.
alter table citizen add column home_access text check (length(home_access) <= 1000);

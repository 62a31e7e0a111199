-- The citizen's contact caseworker (kontaktvisitator, issue 15): the caseworker who answers for the citizen's case.
-- Set on the citizen overview, or by the first assignment of an inquiry to a caseworker. By username, as
-- inquiry.assigned_to; a removed user keeps the reference (the overview then shows the username).
alter table citizen add column contact_caseworker text references app_user (username);

-- The menu shows a user's open tasks counted per kind on every page (/tasks/counts). With the kind in the index
-- the count is answered from the index alone instead of fetching every open task of the user (about 2,500 per
-- caseworker in the workspace benchmark's large municipality).
create index task_open_by_user_kind on task (municipality_id, owner_user, kind) where status = 'OPEN';

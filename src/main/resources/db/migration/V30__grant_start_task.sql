-- A broken start deadline gets one task in the work queue (opgaver): the daily check (notice module,
-- CheckingStartDeadlines) marks the starts it has requested a task for, so a run again, or on another instance,
-- requests nothing twice. Reset when the deadline moves, so the new deadline is checked again.
alter table grant_start add column overdue_task_at timestamptz;
-- the check's set: open starts past their deadline without a task yet
create index grant_start_without_task on grant_start (due_on)
    where started_on is null and not cancelled and overdue_task_at is null;

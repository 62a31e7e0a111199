-- A grant's frequency as the quality standards write it (issue 13): n times per day, week, month or year, or per
-- every k-th of them. Greve's cleaning "hver 3. uge" is once per WEEK every 3 and its laundry "hver 2. uge" once per
-- WEEK every 2 (seed 003); the social area counts per month and per 12 months (seed 001).
-- weekly_minutes stays the granted minutes per week as an average rounded to whole minutes (every 3rd week of 60
-- minutes is 20); a yearly grant of a few minutes may average 0 minutes a week.
alter table decision_grant add column every_n integer not null default 1;
alter table decision_grant add constraint decision_grant_every check (every_n between 1 and 52);
alter table decision_grant drop constraint decision_grant_per_check;
alter table decision_grant add constraint decision_grant_per check (per in ('DAY', 'WEEK', 'MONTH', 'YEAR'));
alter table decision_grant drop constraint decision_grant_weekly_minutes_check;
alter table decision_grant add constraint decision_grant_weekly_minutes check (weekly_minutes >= 0);

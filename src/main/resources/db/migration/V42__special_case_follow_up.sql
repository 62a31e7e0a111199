-- Special 1:1 cases (issue 17), the case's own part: when the contact caseworker follows up next (seed 000: "Visitator
-- følger op på sagerne hver 3. måned"); the open follow-up task is keyed by this date. Null once the case has ended.
alter table special_case add column next_follow_up date;
update special_case set next_follow_up = (opened_on + interval '3 months')::date where status <> 'ENDED';
alter table special_case add constraint special_case_follow_up_open check ((status = 'ENDED') or next_follow_up is not null);

-- The care centre reports the minutes beyond the normal frame (seed 000: "Det er plejecenteret, der giver Myndighed
-- Ældre besked angående antal minutter ud over den normale bevilling/ramme"): a notice kind from the provider.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT',
    'TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN','CONDITION_CHANGED','CANNOT_DELIVER','DEATH',
    'EXTRA_MINUTES'));

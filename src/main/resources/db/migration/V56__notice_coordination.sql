-- Seed 002 "Udskrivelse fra sygehus": "Ved komplicerede udskrivelser, svares sygehuset, at der er behov for
-- koordinering, og der laves advis til Visitationen med overskriften 'koordinering'" — a notice kind from the provider.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('NEW_GRANT','CHANGED_GRANT','STOPPED_GRANT',
    'TEMPORARY_GRANT_ENDING','SWITCH_OUT','SWITCH_IN','PAUSED_GRANT','RESUMED_GRANT','CONDITION_CHANGED',
    'CANNOT_DELIVER','DEATH','EXTRA_MINUTES','COORDINATION'));

-- Hospital notifications (issue 20): MedCom HospitalNotification messages in (sygehusadvis). Seed 002 "Udskrivelse
-- fra sygehus", "Fravær": a hospital stay pauses the help and the discharge is coordinated by the authority.

-- A hospital's system client posts the messages: a user of its own role, which reaches nothing but the FHIR inbox.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('COORDINATOR','CASEWORKER','LEADER','FINANCE','SUPERVISOR','PROVIDER','HOSPITAL'));

-- Every message received, with what became of it; a message id is processed once (a resent message changes
-- nothing and gets the same acknowledgement). The bundle is kept as received. A message for a citizen the
-- municipality does not have is REJECTED: kept without its bundle (no personal data), so staff see that it came.
create table hospital_message (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    message_id          text    not null,      -- Bundle.id: new for every message sent (MedCom)
    header_id           text    not null,      -- MessageHeader.id: what later messages and the acknowledgement refer to
    activity            text    not null,      -- MedCom activity code, e.g. admit-inpatient
    citizen_id          bigint  references citizen (id),
    episode_id          text,                  -- Encounter.episodeOfCare identifier: one hospital stay
    sender              text,                  -- the sending ward's name (Organization.name)
    status              text    not null check (status in ('PROCESSED','OUT_OF_ORDER','REJECTED')),
    problem             text,                  -- Danish: why it was not processed as it stands
    payload             text,                  -- the bundle as received; none for a rejected one (no citizen data kept)
    received_at         timestamptz not null,
    received_by         text    not null,
    handled_at          timestamptz,           -- staff looked at a message that was not processed as it stands
    handled_by          text,
    unique (municipality_id, message_id),
    check ((status = 'PROCESSED') = (problem is null)),
    check ((status = 'REJECTED') = (payload is null)),
    check ((handled_at is null) = (handled_by is null))
);
create index hospital_message_open on hospital_message (municipality_id, received_at) where status <> 'PROCESSED' and handled_at is null;
create index hospital_message_citizen on hospital_message (citizen_id, received_at);

-- One hospital stay as the messages describe it so far. The absences are derived from it, so a revised or cancelled
-- message changes exactly what it said, and messages arriving out of order still end in the right state.
create table hospital_episode (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    episode_id          text    not null,
    admitted_at         timestamptz,           -- null: no admission received (yet), or it was cancelled
    admission_header    text,
    emergency           boolean not null default false,   -- akut ambulant rather than indlagt
    discharged_at       timestamptz,
    discharge_header    text,
    deceased            boolean not null default false,
    modified_at         timestamptz not null,
    unique (municipality_id, citizen_id, episode_id)
);

-- A leave (orlov) during the stay: the citizen is home from start to end.
create table hospital_leave (
    id                  bigint generated always as identity primary key,
    episode_id          bigint  not null references hospital_episode (id),
    start_at            timestamptz,
    start_header        text,
    end_at              timestamptz,
    end_header          text
);
create index hospital_leave_episode on hospital_leave (episode_id);

-- The absences a stay has registered (one per part of the stay between leaves).
create table hospital_episode_absence (
    episode_id          bigint  not null references hospital_episode (id),
    absence_id          bigint  not null references absence (id) unique,
    primary key (episode_id, absence_id)
);

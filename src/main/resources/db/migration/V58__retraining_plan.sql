-- Genoptræningsplaner (issue 20): the hospital's plan for training after a hospital stay, received as a FHIR
-- DocumentReference (docs/hospital.md). Seed 002 "Genoptræning efter sygehusindlæggelse": the visitation receives the
-- plan from the hospital, archives it on the citizen and forwards the order to the provider who delivers the training.
create table retraining_plan (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    identifier          text    not null,      -- DocumentReference.masterIdentifier: the same plan sent again is the same
    ward                text    not null,      -- the hospital ward that wrote it (author display)
    ward_sor            text,                  -- its SOR id, when given
    kind                text    not null check (kind in ('GENERAL','SPECIALISED','SPECIALISED_REHABILITATION')),
    written_at          timestamptz,           -- DocumentReference.date
    title               text,
    content_type        text    not null check (content_type in ('application/pdf','text/plain')),
    content             bytea   not null,
    received_at         timestamptz not null,
    received_by         text    not null,
    provider_id         bigint  references provider (id),   -- forwarded as an order to this provider
    forwarded_at        timestamptz,
    forwarded_by        text,
    unique (municipality_id, identifier),
    check ((provider_id is null) = (forwarded_at is null) and (forwarded_at is null) = (forwarded_by is null))
);
create index retraining_plan_citizen on retraining_plan (citizen_id, received_at);
create index retraining_plan_provider on retraining_plan (provider_id, forwarded_at) where provider_id is not null;

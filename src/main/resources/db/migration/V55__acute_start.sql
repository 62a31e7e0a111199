-- Acute start (akut opstart, issue 20; seed 002 "Akut opstart af nødvendig indsats": "Når borgerens situation ændrer
-- sig akut, iværksætter leverandøren nødvendige foranstaltninger"; "Er der tale om en ny borger, der skal opstartes
-- akut, oprettes borgeren ... af den leverandør, der modtager besked fra lægen eller sygehuset"). The provider starts
-- necessary help before a decision; the authority decides within its acute deadline and may back-date the grant
-- to the acute start, or refuses, which ends it.
create table acute_start (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    citizen_id          bigint  not null references citizen (id),
    provider_id         bigint  not null references provider (id),
    started_on          date    not null,
    help                text    not null check (length(btrim(help)) > 0),  -- what the provider started, its words
    called_by           text    not null check (called_by in ('PROVIDER','GP','HOSPITAL')),
    caller              text,                  -- the GP's or ward's name
    new_citizen         boolean not null,      -- registered by the provider with this acute start
    decide_by           date    not null,      -- the municipality's acute deadline from the start
    status              text    not null check (status in ('OPEN','GRANTED','REFUSED')),
    decision_id         bigint  references decision (id),
    refusal_reason      text,
    ended_on            date,                  -- a refusal ends the acute help
    decided_at          timestamptz,
    decided_by          text,
    registered_at       timestamptz not null,
    registered_by       text    not null,
    version             integer not null default 0,
    -- a double click or a resend does not start the same help twice
    unique (municipality_id, citizen_id, provider_id, started_on),
    check ((status = 'GRANTED') = (decision_id is not null)),
    check ((status = 'REFUSED') = (refusal_reason is not null and ended_on is not null)),
    check ((status = 'OPEN') = (decided_at is null))
);
create index acute_start_open on acute_start (municipality_id, decide_by) where status = 'OPEN';

-- Supervision samples (tilsyn, seed 002 "Tilsyn med kvaliteten": the authority "følger op via stikprøver, om der
-- er overensstemmelse mellem visiteret og disponeret indsats"). A supervisor draws N citizens per provider for a
-- period; the draw is stored — who, when, the period, N, the provider filter and the seed of the random order —
-- with its members, so the supervisor can return to the same citizens and a draw can be repeated. The figures
-- (granted, planned and delivered minutes) are computed from decision_grant, provider_switch and visit when the
-- sample is shown, so a visit registered late is counted.

create table supervision_sample (
    id                  bigint generated always as identity primary key,
    municipality_id     integer not null references municipality (id),
    period_from         date    not null,
    period_to           date    not null,
    per_provider        integer not null check (per_provider between 1 and 100),
    provider_id         bigint  references provider (id),      -- null: every provider of the municipality
    seed                bigint  not null,                      -- the random order is md5(seed:provider:citizen)
    drawn_at            timestamptz not null,
    drawn_by            text    not null,
    check (period_to >= period_from)
);
create index supervision_sample_municipality on supervision_sample (municipality_id, drawn_at desc);

create table supervision_sample_member (
    sample_id           bigint  not null references supervision_sample (id),
    provider_id         bigint  not null references provider (id),
    citizen_id          bigint  not null references citizen (id),
    draw_rank           integer not null check (draw_rank > 0),  -- place in the provider's random order
    primary key (sample_id, provider_id, citizen_id),
    unique (sample_id, provider_id, draw_rank)
);

-- Decision authority (bevillingskompetence), issue 18. Seed 001 "Tildeling af hjælp og støtte": the final decision
-- is the caseworker's, the leader's (leder af Myndighed) or a committee's, depending on the intervention. A
-- caseworker's decision above their authority is a recommendation (indstilling) until the leader, or the leader
-- acting as the committee's secretary, approves it; only then is it a decision (with its letter and notices).

-- A recommendation holds the decision as the caseworker composed it (the draft, as JSON), so approval makes exactly
-- that decision. No grant of it is in force, settled or notified before approval.
create table decision_recommendation (
    id                      bigint generated always as identity primary key,
    municipality_id         integer     not null references municipality (id),
    citizen_id              bigint      not null references citizen (id),
    inquiry_id              bigint      references inquiry (id),
    draft                   jsonb       not null,
    letter_channel          text        not null check (letter_channel in ('DIGITAL','PAPER')),
    authority               text        not null check (authority in ('LEADER','COMMITTEE')),
    committee               text        check (length(committee) <= 200),
    applied_for             text        not null,
    status                  text        not null check (status in ('PENDING','APPROVED','RETURNED')),
    recommended_by          text        not null,
    recommended_at          timestamptz not null,
    handled_by              text,                       -- who approved or returned it
    handled_at              timestamptz,
    return_reason           text        check (length(return_reason) <= 10000),
    decision_id             bigint      references decision (id),    -- the decision approval made
    version                 integer     not null default 0,
    check ((authority = 'COMMITTEE') = (committee is not null)),
    check ((status = 'PENDING') = (handled_by is null)),
    check ((status = 'APPROVED') = (decision_id is not null)),
    check ((status = 'RETURNED') = (return_reason is not null))
);
create index decision_recommendation_citizen on decision_recommendation (municipality_id, citizen_id, status);

-- Who decided a decision above the caseworker's authority: the approval, on the decision itself.
alter table decision add column recommendation_id bigint references decision_recommendation (id);
alter table decision add column recommended_by text;
alter table decision add column approved_by text;
alter table decision add column approved_at timestamptz;
alter table decision add column approved_as text;   -- the committee the leader approved for; null: the leader's own
alter table decision add constraint decision_approval_complete
    check ((approved_by is null) = (approved_at is null) and (approved_by is null) = (recommended_by is null));

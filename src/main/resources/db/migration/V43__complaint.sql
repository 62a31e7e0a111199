-- Complaints about decisions (klager), issue 18. Seed 001 "Klagevejledning" (within 4 weeks, orally or in writing,
-- reconsidered: full or partial agreement, or maintained and forwarded), seed 002 "Behandling af klagesager"
-- (reconsider, written statement, forward when maintained). Ankestyrelsen's guidance: 4 weeks from the day the citizen
-- got the decision — the letter's date by digital post, 6 weekdays after it by paper post; the authority forwards at
-- the latest 4 weeks after it received the complaint.

-- How the decision's letter was sent: the complaint deadline runs from it. Letters so far went by digital post.
alter table decision add column letter_channel text not null default 'DIGITAL'
    check (letter_channel in ('DIGITAL','PAPER'));

-- A complaint on one decision version. The parts complained about: the whole decision, or named grants (by grant
-- key) and refusals (by position in that version). complainant_contact_id null = the citizen.
create table complaint (
    municipality_id         integer     not null references municipality (id),
    id                      bigint generated always as identity,
    citizen_id              bigint      not null,
    decision_id             bigint      not null references decision (id),
    received_on             date        not null,
    channel                 text        not null check (channel in ('ORAL','WRITTEN')),
    oral_note               text        check (length(oral_note) <= 10000),      -- what was said, for an oral complaint
    document_reference      text        check (length(document_reference) <= 300), -- the written complaint's document
    complainant_contact_id  bigint      references citizen_contact (id),
    whole_decision          boolean     not null,
    grant_keys              uuid[]      not null default '{}',
    refusal_positions       integer[]   not null default '{}',
    text                    text        not null check (length(btrim(text)) between 1 and 10000),
    -- computed at registration from the decision's letter date and channel; late = received after it ("for sent")
    complaint_deadline      date        not null,
    late                    boolean     not null,
    appealable              boolean     not null,    -- false: answered that it cannot be appealed, not forwarded
    status                  text        not null check (status in
                                ('RECONSIDERING','AGREED','FORWARDING','FORWARDED','APPEAL_DECIDED','NOT_APPEALABLE')),
    reconsideration_due     date        not null,    -- 4 weeks after receipt
    -- reconsideration (genvurdering)
    outcome                 text        check (outcome in ('FULL','PARTIAL','MAINTAINED')),
    outcome_on              date,
    outcome_by              text,
    outcome_reason          text        check (length(outcome_reason) <= 10000),
    changed_decision_id     bigint      references decision (id),   -- the new version after complaint (full/partial)
    created_at              timestamptz not null,
    created_by              text        not null,
    modified_at             timestamptz not null,
    modified_by             text        not null,
    version                 integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, citizen_id) references citizen (municipality_id, id),
    check (whole_decision or cardinality(grant_keys) + cardinality(refusal_positions) > 0),
    check (channel = 'WRITTEN' or oral_note is not null),
    check ((outcome is null) = (outcome_on is null)),
    check (outcome is null or outcome_by is not null),
    check (outcome is distinct from 'FULL' or status = 'AGREED')
);
create index complaint_decision on complaint (municipality_id, decision_id);
create index complaint_citizen on complaint (municipality_id, citizen_id);
create index complaint_status on complaint (municipality_id, status, reconsideration_due);

-- A decision made after a complaint (efter klage): the provider's notices say so (notice.after_complaint).
alter table decision add column after_complaint_id bigint references complaint (id);

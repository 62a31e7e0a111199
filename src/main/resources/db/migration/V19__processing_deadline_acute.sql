-- The processing deadline of an acute inquiry (priority ACUTE), per deadline-table version, loaded from
-- policy/<municipality>/processing-deadlines.yaml (key "acute"). Seed 001: in an acute situation the leader
-- "kan ... træffe afgørelse med det samme" — an acute inquiry does not wait for the legal basis's weeks.
create table processing_deadline_acute (
    municipality_id integer not null references municipality (id),
    valid_from      date    not null,         -- the deadline-table version (processing_deadline_rule.valid_from)
    days            integer not null check (days >= 0),   -- calendar days from receipt; 0 = the same day
    text            text    not null,         -- the municipality's words
    primary key (municipality_id, valid_from)
);

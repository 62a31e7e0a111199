-- A change of a decision above the caseworker's authority (issue 18, seed 001 "Tildeling af hjælp og støtte"): a
-- caseworker may not change a committee's grant alone any more than grant it, so such a change is a recommendation
-- too. It holds the decision version it changes and the change as composed (JSON), so approval makes exactly that
-- new version; `draft` then holds the changed grants for display.
alter table decision_recommendation add column change_of bigint references decision (id);
alter table decision_recommendation add column change jsonb;
alter table decision_recommendation add constraint decision_recommendation_change_complete
    check ((change_of is null) = (change is null));

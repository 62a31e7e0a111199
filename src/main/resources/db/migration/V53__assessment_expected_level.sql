-- The expected level (forventet tilstand) per functional-ability state: the level the caseworker expects the
-- citizen to reach, on the same 0–4 scale as the score. KL Gateway reports it as the goal of the state
-- (KLGatewayCareGoal target.detailCodeableConcept). Null: no expectation recorded (older assessments).
alter table assessment_ability_score
    add column expected_level smallint check (expected_level between 0 and 4);

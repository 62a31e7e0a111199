-- The citizen's age on the decision date, stored with a grant whose legal basis depends on it
-- (since 1 July 2025 Ældreloven for citizens of folkepension age, serviceloven for younger ones), so
-- the decision shows why that basis was chosen even after the citizen's birthday. Null where the
-- basis does not divide by age, and for grants decided before this column existed.
alter table decision_grant add column legal_basis_age integer check (legal_basis_age between 0 and 150);

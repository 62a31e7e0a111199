-- Issue 14: a citizen is registered per municipality (each municipality keeps its own record of a person it
-- serves), so a CPR number is unique within a municipality, not across them. Intake then answers a CPR number
-- known in another municipality as any new one, and tells no one where else the person is a citizen.
alter table citizen drop constraint citizen_cpr_number_key;
alter table citizen add constraint citizen_municipality_cpr_number_key unique (municipality_id, cpr_number);

-- Reassessment (issue 13): a rule's Danish name is what people read on a flag; its source (where the policy file's
-- rule comes from, e.g. "seed 002 ...") is never shown. The name is filled from the policy files at start.
alter table reassessment_rule add column name text;
update reassessment_rule set name = 'Kommunens regel for løbende justering' where name is null;
alter table reassessment_rule alter column name set not null;

-- Flags raised before this carried the file's source in their rule text ("... dage (seed 002 ...)."): cut it off.
update reassessment_flag set rule_text = regexp_replace(rule_text, ' \(seed .*\)\.$', '.')
where rule_text like '%(seed %';

-- Follow-ups store the citation of the rule that scheduled them (rule_source). The policy files now cite their
-- rules in Danish without the internal word "seed" (branch people-text); rows written before keep the old text
-- unless rewritten here. Only exact old texts are touched.
update follow_up set rule_source = v.new_text
from (values
    ('seed 003 Greve Kommune kvalitetsstandarder 2022, Opfølgning; seeds 000, 001, 002 adopted', 'Greve Kommune, kvalitetsstandarder 2022: Opfølgning; suppleret med regler fra andre kommuner'),
    ('seed 003 Opfølgning: som minimum en opfølgning efter 3 måneder efter en rehabiliterende indsats', 'Kvalitetsstandarden, Opfølgning: som minimum en opfølgning efter 3 måneder efter en rehabiliterende indsats'),
    ('seed 000 Særlige borgere (1:1 overvågning/fast vagt): visitator følger op hver 3. måned (adopted)', 'Særlige borgere (1:1 overvågning/fast vagt): visitator følger op hver 3. måned (regel fra en anden kommune)'),
    ('seed 003 Opfølgning: som minimum en opfølgning hvert halve år - hvert 3 år', 'Kvalitetsstandarden, Opfølgning: som minimum en opfølgning hvert halve år - hvert 3 år'),
    ('seed 001 Opfølgning på borgernes hjælp og støtte: ingen opfølgning inden for de sidste 4 år (adopted)', 'Opfølgning på borgernes hjælp og støtte: ingen opfølgning inden for de sidste 4 år (Ikast-Brande Kommunes regel)'),
    ('seed 002 Midlertidig indsats: ved udløb af bevillingen stopper leverandøren leverancen (adopted)', 'Midlertidig indsats: ved udløb af bevillingen stopper leverandøren leverancen (Esbjerg Kommunes regel)'),
    ('seed 002 Esbjerg Kommune, Midlertidig indsats; seeds 003 (Greve), 001 (Ikast-Brande) adopted', 'Esbjerg Kommune: Midlertidig indsats; suppleret med Greve Kommunes og Ikast-Brande Kommunes regler'),
    ('seed 002 Midlertidig indsats: ved udløb af bevillingen stopper leverandøren leverancen', 'Midlertidig indsats: ved udløb af bevillingen stopper leverandøren leverancen'),
    ('seed 003 Opfølgning (Greve''s rule, adopted): opfølgning efter 3 måneder efter en rehabiliterende indsats', 'Opfølgning (Greve Kommunes regel): opfølgning efter 3 måneder efter en rehabiliterende indsats'),
    ('seed 003 Opfølgning (Greve''s rule, adopted): hvert halve år - hvert 3 år', 'Opfølgning (Greve Kommunes regel): hvert halve år - hvert 3 år'),
    ('seed 001 Opfølgning på borgernes hjælp og støtte (Ikast-Brande''s rule, adopted): 4 år', 'Opfølgning på borgernes hjælp og støtte (Ikast-Brande Kommunes regel): 4 år'),
    ('seed 001 Ikast-Brande Kommune, Opfølgning på borgernes hjælp og støtte; seeds 003 (Greve), 002 (Esbjerg) adopted', 'Ikast-Brande Kommune: Opfølgning på borgernes hjælp og støtte; suppleret med Greve Kommunes og Esbjerg Kommunes regler'),
    ('seed 001 Opfølgning på borgernes hjælp og støtte: ingen opfølgning inden for de sidste 4 år', 'Opfølgning på borgernes hjælp og støtte: ingen opfølgning inden for de sidste 4 år'),
    ('seed 002 Midlertidig indsats (Esbjerg''s rule, adopted): ved udløb stopper leverandøren leverancen', 'Midlertidig indsats (Esbjerg Kommunes regel): ved udløb stopper leverandøren leverancen')
) as v(old_text, new_text)
where follow_up.rule_source = v.old_text;

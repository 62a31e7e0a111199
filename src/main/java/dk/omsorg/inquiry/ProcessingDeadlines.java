package dk.omsorg.inquiry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deadline tables in force, as loaded from the policy files. */
@Service
public class ProcessingDeadlines {

    private final JdbcClient jdbc;

    ProcessingDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProcessingDeadlineTable tableFor(int municipalityId) {
        Map<LocalDate, List<Row>> byVersion = new LinkedHashMap<>();
        jdbc.sql("""
                        select version_label, valid_from, valid_to, source, legal_basis, weeks
                        from processing_deadline_rule where municipality_id = ? order by valid_from, legal_basis""")
                .param(municipalityId).query(Row.class).list()
                .forEach(row -> byVersion.computeIfAbsent(row.validFrom(), d -> new java.util.ArrayList<>()).add(row));
        Map<LocalDate, ProcessingDeadlineTable.AcuteDeadline> acute = new LinkedHashMap<>();
        jdbc.sql("select valid_from, days, text from processing_deadline_acute where municipality_id = ?")
                .param(municipalityId).query((rs, n) -> acute.put(rs.getObject("valid_from", LocalDate.class),
                        new ProcessingDeadlineTable.AcuteDeadline(rs.getInt("days"), rs.getString("text")))).list();
        return new ProcessingDeadlineTable(municipalityId, byVersion.values().stream().map(rows -> {
            Row first = rows.get(0);
            Map<String, Integer> weeks = new LinkedHashMap<>();
            rows.forEach(r -> weeks.put(r.legalBasis(), r.weeks()));
            return new ProcessingDeadlineTable.Version(first.versionLabel(), first.validFrom(), first.validTo(), first.source(),
                    weeks, acute.get(first.validFrom()));
        }).toList());
    }

    /** The legal bases one can apply under on {@code day}, with their deadline in weeks. */
    public List<LegalBasisDeadline> legalBasesOn(int municipalityId, LocalDate day) {
        return jdbc.sql("""
                        select legal_basis, weeks from processing_deadline_rule
                        where municipality_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                        order by legal_basis""")
                .params(municipalityId, day, day).query(LegalBasisDeadline.class).list()
                .stream().sorted(java.util.Comparator.comparing(b -> naturalKey(b.legalBasis()))).toList();
    }

    /** "SEL § 83 a" before "SEL § 100": numbers compare as numbers. */
    private static String naturalKey(String legalBasis) {
        return java.util.regex.Pattern.compile("\\d+").matcher(legalBasis)
                .replaceAll(m -> "%05d".formatted(Integer.parseInt(m.group())));
    }

    public record LegalBasisDeadline(String legalBasis, int weeks) {
    }

    record Row(String versionLabel, LocalDate validFrom, LocalDate validTo, String source, String legalBasis, int weeks) {
    }
}

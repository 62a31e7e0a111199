package dk.omsorg.vum;

import dk.omsorg.support.TestCitizens;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Citizens and row counts for the VUM tests, straight through JDBC. */
final class VumTestData {

    static final int IKAST_BRANDE = 756;
    static final int ESBJERG = 561;

    private VumTestData() {
    }

    /** A citizen of the municipality with a CPR number no other test uses; returns its id. */
    static long citizen(JdbcClient jdbc, int municipalityId) {
        String cpr = TestCitizens.newCpr().replace("-", "");
        LocalDate birthDate = LocalDate.of(1940, Integer.parseInt(cpr.substring(2, 4)), Integer.parseInt(cpr.substring(0, 2)));
        String sex = (cpr.charAt(9) - '0') % 2 == 0 ? "FEMALE" : "MALE";
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex,
                                             created_at, created_by, modified_at, modified_by, version)
                        values (?, ?, 'Test Borger', ?, ?, ?, 'test', ?, 'test', 0) returning id""")
                .params(municipalityId, cpr, birthDate, sex, now, now)
                .query(Long.class).single();
    }

    /** Rows in the VUM tables, to show that a refused request stored nothing. */
    record Rows(long assessments, long plans, long versions) {
        static Rows count(JdbcClient jdbc) {
            return new Rows(count(jdbc, "vum_assessment"), count(jdbc, "action_plan"), count(jdbc, "action_plan_version"));
        }

        private static long count(JdbcClient jdbc, String table) {
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
    }
}

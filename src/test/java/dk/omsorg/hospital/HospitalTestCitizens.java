package dk.omsorg.hospital;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** A citizen written straight to the table, for the hospital's messages to find by CPR number. */
final class HospitalTestCitizens {

    private HospitalTestCitizens() {
    }

    /** @param cpr with or without the dash; the citizen's id */
    static long insert(JdbcClient jdbc, int municipalityId, String cpr, String name, String sex, LocalDate birthDate) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, ?, ?, ?, ?, 'test', ?, 'test', 0) returning id""")
                .params(municipalityId, cpr.replace("-", ""), name, birthDate, sex, now, now).query(Long.class).single();
    }
}

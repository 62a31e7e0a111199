package dk.omsorg.additionalcosts;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Citizens of a given birth date for the § 100 tests (the age conditions come from the CPR number). */
final class AdditionalCostsTestData {

    static final int IKAST = 756;
    static final int GREVE = 253;

    private AdditionalCostsTestData() {
    }

    /** A citizen born on {@code born} (1900–2036) with a CPR number no other test uses; its id. */
    static long citizen(JdbcClient jdbc, int municipalityId, LocalDate born) {
        // 7th digit 0–3 for the 1900s, 4 for 2000–2036 (CPR-kontoret); the serial is random
        int seventh = born.getYear() >= 2000 ? 4 : ThreadLocalRandom.current().nextInt(0, 4);
        String cpr = "%02d%02d%02d%d%03d".formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100,
                seventh, ThreadLocalRandom.current().nextInt(1000));
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, ?, ?, 'FEMALE', ?, 'test', ?, 'test', 0)
                        on conflict do nothing returning id""")
                .params(municipalityId, cpr, "Merete Udgiftsen", born, now, now)
                .query(Long.class).optional().orElseGet(() -> citizen(jdbc, municipalityId, born));
    }
}

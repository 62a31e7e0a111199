package dk.omsorg.daylist;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** day-lists.yaml: versions by the day they take effect; a wrong file is refused with its line and field. */
class DayListPoliciesTest {

    @Test
    void theVersionInForceOnTheDayGivesTheDaysAheadAndBack() {
        DayListPolicies policies = new DayListPolicies(new Resource[]{file("""
                municipality: 253
                versions:
                  - { validFrom: 2024-01-01, daysAhead: 3, daysBack: 0 }
                  - { validFrom: 2026-06-01, daysAhead: 3, daysBack: 3 }
                """)});
        assertThat(policies.inForce(253, LocalDate.of(2026, 5, 31)).daysBack()).isZero();
        DayListPolicy june = policies.inForce(253, LocalDate.of(2026, 6, 1));
        assertThat(june.from(LocalDate.of(2026, 6, 10))).isEqualTo(LocalDate.of(2026, 6, 7));
        assertThat(june.to(LocalDate.of(2026, 6, 10))).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(policies.inForce(561, LocalDate.of(2026, 6, 1))).isEqualTo(DayListPolicy.FALLBACK);
    }

    @Test
    void aWrongFileIsRefusedWithLineAndField() {
        assertThatThrownBy(() -> new DayListPolicies(new Resource[]{file("""
                municipality: 253
                versions:
                  - validFrom: 2024-01-01
                    daysAhead: 0
                    daysBack: 3
                """)}))
                .isInstanceOf(DayListPolicies.DayListFileException.class)
                .hasMessageContaining("line 4, field versions[0].daysAhead");
    }

    private static Resource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "253-greve/day-lists.yaml") {
            @Override
            public String getFilename() {
                return "day-lists.yaml";
            }
        };
    }
}

package dk.omsorg.bpa;

import dk.omsorg.bpa.internal.BpaFiles.BpaFileException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BPA budget, follow-up date and team-report flag with Ikast-Brande's policy file (demo rates); no Spring. */
class BpaBudgetTest {

    private static final BpaPolicy IKAST = new BpaPolicies(new Resource[]{
            new ClassPathResource("policy/756-ikast-brande/bpa.yaml")}).forMunicipality(756).orElseThrow();

    @Test
    void aYearUnderOneRate() {
        // 2025: 10 h × 365 days × 245,00 kr. = 894.250,00; + 5 % administration = 938.962,50
        BpaBudget.Year year = BpaBudget.year(IKAST, new BigDecimal("10"), LocalDate.of(2025, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.total()).isEqualTo(Money.parse("938962.50"));
        assertThat(year.periods()).hasSize(1);
    }

    @Test
    void aYearSpanningTwoRatesUsesEachForItsDays() {
        // 1 Jul 2025–30 Jun 2026: 184 days at 245,00 and 181 days at 252,50, 8 h a day, + 5 %:
        // 8 × 184 × 245,00 × 1,05 = 378.672,00; 8 × 181 × 252,50 × 1,05 = 383.901,00; total 762.573,00
        BpaBudget.Year year = BpaBudget.year(IKAST, new BigDecimal("8"), LocalDate.of(2025, 7, 1));
        assertThat(year.periods()).extracting(BpaBudget.Period::days).containsExactly(184L, 181L);
        assertThat(year.periods()).extracting(BpaBudget.Period::amount)
                .containsExactly(Money.parse("378672.00"), Money.parse("383901.00"));
        assertThat(year.total()).isEqualTo(Money.parse("762573.00"));
    }

    @Test
    void hoursOutsideZeroToTwentyFourAreRefused() {
        for (String hours : new String[]{"-1", "24.01", "25", "1.005"}) {
            assertThatThrownBy(() -> BpaBudget.year(IKAST, new BigDecimal(hours), LocalDate.of(2025, 1, 1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("hoursPerDay"));
        }
        assertThat(BpaBudget.year(IKAST, new BigDecimal("24"), LocalDate.of(2025, 1, 1)).total().ore()).isPositive();
    }

    @Test
    void followUpOnceAYearFromTheStart() {
        LocalDate start = LocalDate.of(2025, 3, 15);
        assertThat(BpaBudget.nextFollowUp(IKAST, start, LocalDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(BpaBudget.nextFollowUp(IKAST, start, LocalDate.of(2026, 3, 16))).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aTeamNotKeptIsFlaggedOnlyAfterMoreThanSixWeeks() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        assertThat(BpaBudget.teamReportFlagged(IKAST, from, from.plusWeeks(6))).isFalse();
        assertThat(BpaBudget.teamReportFlagged(IKAST, from, from.plusWeeks(6).plusDays(1))).isTrue();
    }

    @Test
    void aPolicyFileWithOverlappingRatesOrAnUnknownFieldIsRefusedWithLineAndField() {
        String overlapping = """
                municipality: 756
                source: "x"
                followUpMonths: 12
                teamNotKeptWeeks: 6
                rates:
                  - validFrom: 2025-01-01
                    source: "x"
                    hourlyRate: "245.00"
                    administrationPercent: "5.00"
                  - validFrom: 2026-01-01
                    source: "x"
                    hourlyRate: "-1"
                    administrationPercent: "5.00"
                """;
        assertThatThrownBy(() -> new BpaPolicies(new Resource[]{file(overlapping)}))
                .isInstanceOfSatisfying(BpaFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("line 12").contains("rates[1].hourlyRate")));
        String validOverlap = overlapping.replace("\"-1\"", "\"250.00\"");
        assertThatThrownBy(() -> new BpaPolicies(new Resource[]{file(validOverlap)}))
                .isInstanceOfSatisfying(BpaFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("line 10").contains("rates[1].validFrom").contains("overlaps")));
        assertThatThrownBy(() -> new BpaPolicies(new Resource[]{file(overlapping.replace("followUpMonths", "followUp"))}))
                .isInstanceOf(BpaFileException.class).hasMessageContaining("followUp");
    }

    private static Resource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "bpa.yaml");
    }
}

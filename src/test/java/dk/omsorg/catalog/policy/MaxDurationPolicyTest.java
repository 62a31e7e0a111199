package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.greveArea;
import static org.assertj.core.api.Assertions.assertThat;

class MaxDurationPolicyTest {

    private final MaxDurationPolicy policy = new MaxDurationPolicy();

    private PolicyResult check(String code, LocalDate start, LocalDate end) {
        Intervention intervention = greve(code);
        Area area = greveArea(code);
        return policy.check(intervention, area.maxDurationFor(intervention), grant(code, start, end));
    }

    private static ProposedGrant grant(String code, LocalDate start, LocalDate end) {
        return TestCatalogs.grant(code, 1, FrequencyUnit.DAY, 20, start, end);
    }

    @Test
    void theInterventionsOwnMaxDurationOverridesTheAreas() {
        // midlertidig-personlig-pleje: 2 months (the area says 3)
        assertThat(check("midlertidig-personlig-pleje", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 1))).isEqualTo(PolicyResult.allowed());
        assertThat(check("midlertidig-personlig-pleje", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 2)))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.rule()).isEqualTo(FindingRule.MAX_DURATION);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("Midlertidig personlig pleje er foreslået fra 01.03.2022 til 02.05.2022, "
                            + "men gives i højst 2 måneder (til og med 01.05.2022). En længere periode kræver en begrundelse.");
                    assertThat(f.quote()).isEqualTo("op til max 2 måneder");
                });
    }

    @Test
    void theAreasMaxDurationAppliesWhenTheInterventionHasNone() {
        assertThat(check("midlertidig-praktisk-hjaelp", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 1))).isEqualTo(PolicyResult.allowed());
        assertThat(check("midlertidig-praktisk-hjaelp", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 15)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.quote()).isEqualTo("max 3 måneder"));
    }

    @Test
    void openEndedTemporaryHelpIsAWarning() {
        assertThat(check("midlertidig-praktisk-hjaelp", LocalDate.of(2022, 3, 1), null))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("har ingen slutdato"));
    }

    @Test
    void aRehabilitationCourseLastsItsWeeksAndACourseItsMonths() {
        assertThat(check("rh-forloeb", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31))).isEqualTo(PolicyResult.allowed());
        assertThat(check("rh-forloeb", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 1)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("højst 13 uger"));
        Intervention course = TestCatalogs.IKAST_2024.intervention("gruppeforloeb").orElseThrow();
        Area area = TestCatalogs.IKAST_2024.areaOf("gruppeforloeb").orElseThrow();
        assertThat(policy.check(course, area.maxDurationFor(course), grant("gruppeforloeb", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 9, 1))))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.quote()).isEqualTo("op til 6 måneder"));
    }

    @Test
    void permanentHelpHasNoMaxDuration() {
        assertThat(check("rengoering", LocalDate.of(2022, 3, 1), null)).isEqualTo(PolicyResult.allowed());
    }
}

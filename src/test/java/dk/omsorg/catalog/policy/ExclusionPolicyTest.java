package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.TestCatalogs.daily;
import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.weekly;
import static org.assertj.core.api.Assertions.assertThat;

class ExclusionPolicyTest {

    private final ExclusionPolicy policy = new ExclusionPolicy();

    @Test
    void bathExcludesDailyHygieneInTheSameShift() {
        PolicyResult result = policy.check(greve("rh-bad"), List.of(weekly("rh-bad", 1, DAY)),
                greve("personlig-hygiejne"), List.of(daily("personlig-hygiejne", 1, DAY, EVENING)));
        assertThat(result).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.rule()).isEqualTo(FindingRule.EXCLUSION);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.interventionCode()).isEqualTo("rh-bad");
            assertThat(f.message()).contains("Personlig hygiejne bevilges ikke ved samme besøg som RH Bad");
            assertThat(f.quote()).startsWith("Når RH Bad er bevilget, bevilges daglig hygiejne og påklædning ikke ved samme besøg");
        });
    }

    @Test
    void hygieneOnlyInTheEveningCannotMeetADayBath() {
        assertThat(policy.check(greve("rh-bad"), List.of(weekly("rh-bad", 1, DAY)),
                greve("personlig-hygiejne"), List.of(daily("personlig-hygiejne", 1, EVENING)))).isEqualTo(PolicyResult.allowed());
    }

    @Test
    void anUnstatedShiftCouldBeAny() {
        assertThat(policy.check(greve("rh-bad"), List.of(weekly("rh-bad", 1)),
                greve("af-og-paaklaedning"), List.of(daily("af-og-paaklaedning", 1, EVENING)))).isInstanceOf(Finding.class);
    }

    @Test
    void theRuleIsTheExcludingInterventions() {
        assertThat(policy.check(greve("personlig-hygiejne"), List.of(daily("personlig-hygiejne", 1, DAY)),
                greve("rh-bad"), List.of(weekly("rh-bad", 1, DAY)))).isEqualTo(PolicyResult.allowed());
        assertThat(policy.check(greve("rh-bad"), List.of(weekly("rh-bad", 1, DAY)),
                greve("rengoering"), List.of(weekly("rengoering", 1, DAY)))).isEqualTo(PolicyResult.allowed());
    }
}

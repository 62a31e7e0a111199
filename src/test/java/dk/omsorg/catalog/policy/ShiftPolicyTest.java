package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.Shift.NIGHT;
import static dk.omsorg.catalog.TestCatalogs.daily;
import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.weekly;
import static org.assertj.core.api.Assertions.assertThat;

class ShiftPolicyTest {

    private final ShiftPolicy policy = new ShiftPolicy();

    @Test
    void aDayInterventionCannotBeGrantedInTheEvening() {
        assertThat(policy.check(greve("rh-bad"), weekly("rh-bad", 1, DAY))).isEqualTo(PolicyResult.allowed());
        assertThat(policy.check(greve("rh-bad"), weekly("rh-bad", 1, DAY, EVENING)))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.rule()).isEqualTo(FindingRule.SHIFT);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).isEqualTo("RH Bad kan kun bevilges i dagvagten, ikke i aftenvagten.");
                });
    }

    @Test
    void nightOnlyAndDayEveningInterventions() {
        assertThat(policy.check(greve("tilsyn-nat"), daily("tilsyn-nat", 1, DAY))).isInstanceOf(Finding.class);
        assertThat(policy.check(greve("personlig-hygiejne"), daily("personlig-hygiejne", 1, NIGHT)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message())
                        .isEqualTo("Personlig hygiejne kan kun bevilges i dagvagten og aftenvagten, ikke i nattevagten."));
    }

    @Test
    void anInterventionWithoutShiftsMayBeGrantedInAnyAndAGrantWithoutShiftsIsNotChecked() {
        var companion = TestCatalogs.IKAST_2024.intervention("ledsagelse").orElseThrow();
        assertThat(policy.check(companion, daily("ledsagelse", 1, NIGHT))).isEqualTo(PolicyResult.allowed());
        assertThat(policy.check(greve("rh-bad"), weekly("rh-bad", 1))).isEqualTo(PolicyResult.allowed());
    }
}

package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.Shift.NIGHT;
import static dk.omsorg.catalog.TestCatalogs.daily;
import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.weekly;
import static org.assertj.core.api.Assertions.assertThat;

class FrequencyLimitPolicyTest {

    private final FrequencyLimitPolicy policy = new FrequencyLimitPolicy();

    private PolicyResult check(Intervention intervention, int limit, ProposedGrant... grants) {
        return policy.check(intervention, intervention.limits().get(limit), List.of(grants));
    }

    @Test
    void perShiftCapCountsOnlyThatShift() {
        // personlig-hygiejne: max 1 per DAY in the DAY shift; max 2 per DAY in all
        Intervention hygiene = greve("personlig-hygiejne");
        assertThat(check(hygiene, 0, daily("personlig-hygiejne", 1, DAY, EVENING))).isEqualTo(PolicyResult.allowed());
        assertThat(check(hygiene, 0, daily("personlig-hygiejne", 2, EVENING))).isEqualTo(PolicyResult.allowed());
        assertThat(check(hygiene, 0, daily("personlig-hygiejne", 2, DAY)))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.rule()).isEqualTo(FindingRule.FREQUENCY_LIMIT);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("2 gange dagligt i dagvagten er foreslået, højst 1 gang er tilladt");
                    assertThat(f.quote()).isEqualTo("Max. én gang dagligt i dagvagten");
                });
    }

    @Test
    void timesAreCountedInEachListedShift() {
        // once in the day and once in the evening is twice a day: the total cap of 2 holds, 3 does not
        Intervention hygiene = greve("personlig-hygiejne");
        assertThat(check(hygiene, 1, daily("personlig-hygiejne", 1, DAY, EVENING))).isEqualTo(PolicyResult.allowed());
        assertThat(check(hygiene, 1, daily("personlig-hygiejne", 1, DAY, EVENING), daily("personlig-hygiejne", 1, EVENING)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("3 gange dagligt"));
    }

    @Test
    void weeklyCap() {
        // rh-bad: max 1 per WEEK
        Intervention bath = greve("rh-bad");
        assertThat(check(bath, 0, weekly("rh-bad", 1, DAY))).isEqualTo(PolicyResult.allowed());
        assertThat(check(bath, 0, weekly("rh-bad", 2, DAY)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message())
                        .isEqualTo("RH Bad: 2 gange ugentligt er foreslået, højst 1 gang er tilladt. Mere end kvalitetsstandarden kræver en begrundelse."));
        assertThat(check(bath, 0, daily("rh-bad", 1, DAY)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("7 gange ugentligt"));
        assertThat(check(bath, 0, weekly("rh-bad", 1, DAY), weekly("rh-bad", 1, DAY))).isInstanceOf(Finding.class);
    }

    @Test
    void yearlyCapWithMinutesEach() {
        // hovedrengoering: max 2 per YEAR, at most 180 minutes each
        Intervention spring = greve("hovedrengoering");
        assertThat(check(spring, 0, weekly("hovedrengoering", 1, DAY)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("52 gange om året er foreslået, højst 2 gange"));
        ProposedGrant long_ = TestCatalogs.grant("hovedrengoering", 1, FrequencyUnit.WEEK, 240, LocalDate.of(2022, 3, 1), null, DAY);
        assertThat(check(spring, 0, long_))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message())
                        .contains("240 minutter pr. gang er foreslået, højst 180 minutter er tilladt"));
    }

    @Test
    void monthlyCapCountsTheAverageMonth() {
        Limit fourAMonth = new Limit(4, LimitPeriod.MONTH, null, LimitScope.CITIZEN, null, "Max. 4 gange om måneden");
        Limit daily = new Limit(31, LimitPeriod.MONTH, null, LimitScope.CITIZEN, null, null);
        assertThat(policy.check(greve("rengoering"), fourAMonth, List.of(weekly("rengoering", 1, DAY))))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message())
                        .contains("4,3 gange om måneden er foreslået, højst 4 gange er tilladt"));
        assertThat(policy.check(greve("rengoering"), daily, List.of(daily("rengoering", 1, DAY)))).isEqualTo(PolicyResult.allowed());
        assertThat(daily.quote()).isEqualTo("Højst 31 gange om måneden");
    }

    @Test
    void perNightCapCountsTheNightShift() {
        Intervention watch = greve("tilsyn-nat");
        assertThat(check(watch, 0, daily("tilsyn-nat", 1, NIGHT))).isEqualTo(PolicyResult.allowed());
        assertThat(check(watch, 0, weekly("tilsyn-nat", 5, NIGHT))).isEqualTo(PolicyResult.allowed());
        assertThat(check(watch, 0, daily("tilsyn-nat", 2, NIGHT)))
                .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("2 gange pr. nat"));
    }

    @Test
    void aMonthlyCapFromAWeeklyGrantUsesTheAverageMonth() {
        Intervention shopping = greve("indkoeb");
        // household cap of 1 a week: 1 a week keeps it but is pointed out
        assertThat(check(shopping, 0, weekly("indkoeb", 1, DAY))).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("grænsen gælder for hele husstanden");
            assertThat(f.quote()).isEqualTo("Max. 1 gang ugentligt pr. husstand");
        });
        assertThat(check(shopping, 0, weekly("indkoeb", 2, DAY)))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).endsWith("pr. husstand. Mere end kvalitetsstandarden kræver en begrundelse.");
                });
    }

    @Test
    void monthlyHoursOfTheSocialShape() {
        // ledsagelse: 15 hours per month
        Intervention companion = TestCatalogs.IKAST_2024.intervention("ledsagelse").orElseThrow();
        ProposedGrant threeHoursAWeek = TestCatalogs.grant("ledsagelse", 1, FrequencyUnit.WEEK, 180, LocalDate.of(2024, 3, 1), null);
        ProposedGrant fourHoursAWeek = TestCatalogs.grant("ledsagelse", 1, FrequencyUnit.WEEK, 240, LocalDate.of(2024, 3, 1), null);
        assertThat(policy.checkMonthlyHours(companion, List.of(threeHoursAWeek))).isEqualTo(PolicyResult.allowed());
        assertThat(policy.checkMonthlyHours(companion, List.of(fourHoursAWeek)))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.rule()).isEqualTo(FindingRule.MONTHLY_HOURS);
                    assertThat(f.message()).contains("ca. 17,3 timer om måneden er foreslået, højst 15 timer");
                    assertThat(f.quote()).isEqualTo("15 timer pr. måned");
                });
    }
}

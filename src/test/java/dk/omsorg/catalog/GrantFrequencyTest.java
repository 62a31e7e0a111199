package dk.omsorg.catalog;

import dk.omsorg.catalog.policy.FrequencyLimitPolicy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Frequencies as the quality standards write them (issue 13): Greve grants cleaning "hver 3. uge" and laundry
 * "hver 2. uge" (seed 003), the social area counts per month and per year (seed 001). The weekly time is an average,
 * the text is the standard's, and the catalogue's caps count over the interval.
 */
class GrantFrequencyTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static ProposedGrant grant(String code, int times, FrequencyUnit per, int every, int minutes, Shift... shifts) {
        return new ProposedGrant(code, times, per, every, Set.of(shifts), minutes, START, null);
    }

    @Test
    void everyThirdWeekOfSixtyMinutesIsTwentyMinutesAWeekOnAverage() {
        assertThat(grant("stor-rengoering", 1, FrequencyUnit.WEEK, 3, 60, DAY).weeklyMinutes()).isEqualTo(20);
        assertThat(grant("toejvask", 1, FrequencyUnit.WEEK, 2, 45, DAY).weeklyMinutes()).isEqualTo(23); // 22,5 rounded half up
        assertThat(grant("x", 1, FrequencyUnit.DAY, 1, 20, DAY, EVENING).weeklyMinutes()).isEqualTo(280);
        assertThat(grant("x", 1, FrequencyUnit.DAY, 2, 30).weeklyMinutes()).isEqualTo(105); // every other day: 3,5 a week
        // 12 months of 52/12 weeks: 4 hours a month is 240 × 12 / 52 ≈ 55 minutes a week
        assertThat(grant("x", 4, FrequencyUnit.MONTH, 1, 60).weeklyMinutes()).isEqualTo(55);
        assertThat(grant("x", 2, FrequencyUnit.YEAR, 1, 180).weeklyMinutes()).isEqualTo(7);
    }

    @Test
    void theFrequencyReadsAsTheStandardWritesIt() {
        assertThat(grant("x", 1, FrequencyUnit.WEEK, 3, 60, DAY).describe()).isEqualTo("hver 3. uge i dagvagten");
        assertThat(grant("x", 1, FrequencyUnit.WEEK, 2, 60).describe()).isEqualTo("hver 2. uge");
        assertThat(grant("x", 2, FrequencyUnit.WEEK, 3, 60).describe()).isEqualTo("2 gange hver 3. uge");
        assertThat(grant("x", 1, FrequencyUnit.WEEK, 1, 60).describe()).isEqualTo("1 gang ugentligt");
        assertThat(grant("x", 4, FrequencyUnit.MONTH, 1, 60).describe()).isEqualTo("4 gange om måneden");
        assertThat(grant("x", 1, FrequencyUnit.YEAR, 2, 60).describe()).isEqualTo("hvert 2. år");
        assertThat(grant("x", 1, FrequencyUnit.DAY, 2, 60).describe()).isEqualTo("hver 2. dag");
    }

    @Test
    void grevesCleaningIsCappedAtOnceEveryThirdWeek() {
        Intervention cleaning = GreveCatalogTest.CATALOG.areas().stream().flatMap(a -> a.interventions().stream())
                .filter(i -> i.code().equals("lille-rengoering")).findFirst().orElseThrow();
        Limit cap = cleaning.limits().get(0);
        assertThat(cap.every()).isEqualTo(3);
        assertThat(cap.quote()).isEqualTo("Hver 3. uge");
        FrequencyLimitPolicy policy = new FrequencyLimitPolicy();
        assertThat(policy.check(cleaning, cap, List.of(grant("lille-rengoering", 1, FrequencyUnit.WEEK, 3, 30, DAY))))
                .isEqualTo(PolicyResult.allowed());
        assertThat(policy.check(cleaning, cap, List.of(grant("lille-rengoering", 1, FrequencyUnit.WEEK, 1, 30, DAY))))
                .isInstanceOfSatisfying(Finding.class, f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("3 gange pr. 3 uger er foreslået, højst 1 gang er tilladt");
                    assertThat(f.quote()).isEqualTo("Hver 3. uge");
                });
        assertThat(policy.check(cleaning, cap, List.of(grant("lille-rengoering", 1, FrequencyUnit.WEEK, 2, 30, DAY))))
                .isInstanceOf(Finding.class);
    }

    @Test
    void grevesLaundryEveryOtherWeekIsWithinItsCap() {
        Intervention laundry = GreveCatalogTest.CATALOG.areas().stream().flatMap(a -> a.interventions().stream())
                .filter(i -> i.code().equals("toejvask-8kg-hver-anden-uge")).findFirst().orElseThrow();
        Limit cap = laundry.limits().get(0);
        assertThat(cap.every()).isEqualTo(2);
        FrequencyLimitPolicy policy = new FrequencyLimitPolicy();
        assertThat(policy.check(laundry, cap, List.of(grant(laundry.code(), 1, FrequencyUnit.WEEK, 2, 10, DAY))))
                .isEqualTo(PolicyResult.allowed());
        assertThat(policy.check(laundry, cap, List.of(grant(laundry.code(), 1, FrequencyUnit.WEEK, 1, 10, DAY))))
                .isInstanceOf(Finding.class);
    }

    @Test
    void capsPerDayWeekAndMonthCountAnIntervalAsAnAverage() {
        ProposedGrant everyThirdWeek = grant("x", 1, FrequencyUnit.WEEK, 3, 60, DAY);
        assertThat(everyThirdWeek.deliveries(LimitPeriod.DAY, null)).isEqualTo(1); // the busiest day has the one visit
        assertThat(everyThirdWeek.deliveries(LimitPeriod.WEEK, null)).isEqualTo(1.0 / 3);
        assertThat(everyThirdWeek.deliveries(LimitPeriod.WEEK, 3, null)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(everyThirdWeek.deliveries(LimitPeriod.YEAR, null)).isEqualTo(52.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grant("x", 4, FrequencyUnit.MONTH, 1, 60).deliveries(LimitPeriod.MONTH, null))
                .isEqualTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}

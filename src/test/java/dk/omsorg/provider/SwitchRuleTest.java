package dk.omsorg.provider;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When a switch of provider takes effect, by each municipality's rule (policy/…/providers.yaml). */
class SwitchRuleTest {

    static final SwitchRule GREVE = new SwitchRule(1, true, "med en måneds varsel til den 1. i en måned");
    static final SwitchRule ESBJERG = new SwitchRule(1, false, "med en måneds varsel");

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class Greve {

        @Test
        void aRequestOnTheTenthTakesEffectOnTheFirstOfTheMonthAfterTheNotice() {
            assertThat(GREVE.earliestEffective(d("2025-03-10"))).isEqualTo(d("2025-05-01"));
        }

        @Test
        void aRequestOnTheFirstTakesEffectOnTheFirstOfTheNextMonth() {
            assertThat(GREVE.earliestEffective(d("2025-03-01"))).isEqualTo(d("2025-04-01"));
        }

        @Test
        void aRequestOnTheSecondWaitsAlmostTwoMonths() {
            assertThat(GREVE.earliestEffective(d("2025-03-02"))).isEqualTo(d("2025-05-01"));
        }

        @Test
        void theThirtyFirstOfJanuaryEndsTheNoticeOnTheLastOfFebruaryAndSwitchesOnTheFirstOfMarch() {
            assertThat(GREVE.earliestEffective(d("2025-01-31"))).isEqualTo(d("2025-03-01"));
            assertThat(GREVE.earliestEffective(d("2024-01-31"))).isEqualTo(d("2024-03-01"));
        }

        @Test
        void aRequestAtTheEndOfTheYearSwitchesInTheNewYear() {
            assertThat(GREVE.earliestEffective(d("2025-12-01"))).isEqualTo(d("2026-01-01"));
            assertThat(GREVE.earliestEffective(d("2025-12-31"))).isEqualTo(d("2026-02-01"));
        }

        @Test
        void onlyTheFirstOfAMonthOnOrAfterTheEarliestDayIsAllowed() {
            assertThat(GREVE.allows(d("2025-03-10"), d("2025-05-01"))).isTrue();
            assertThat(GREVE.allows(d("2025-03-10"), d("2025-06-01"))).isTrue();
            assertThat(GREVE.allows(d("2025-03-10"), d("2025-04-01"))).as("before the notice ends").isFalse();
            assertThat(GREVE.allows(d("2025-03-10"), d("2025-05-15"))).as("not the 1st").isFalse();
        }
    }

    @Nested
    class Esbjerg {

        @Test
        void aRequestTakesEffectOneMonthLaterOnTheSameDay() {
            assertThat(ESBJERG.earliestEffective(d("2025-03-10"))).isEqualTo(d("2025-04-10"));
            assertThat(ESBJERG.earliestEffective(d("2025-03-01"))).isEqualTo(d("2025-04-01"));
        }

        @Test
        void theThirtyFirstOfJanuaryGivesTheLastDayOfFebruary() {
            assertThat(ESBJERG.earliestEffective(d("2025-01-31"))).isEqualTo(d("2025-02-28"));
            assertThat(ESBJERG.earliestEffective(d("2025-01-29"))).isEqualTo(d("2025-02-28"));
        }

        @Test
        void inALeapYearTheThirtyFirstOfJanuaryGivesTheTwentyNinthOfFebruary() {
            assertThat(ESBJERG.earliestEffective(d("2024-01-31"))).isEqualTo(d("2024-02-29"));
            assertThat(ESBJERG.earliestEffective(d("2024-01-29"))).isEqualTo(d("2024-02-29"));
        }

        @Test
        void theTwentyNinthOfFebruaryGivesTheTwentyNinthOfMarch() {
            assertThat(ESBJERG.earliestEffective(d("2024-02-29"))).isEqualTo(d("2024-03-29"));
        }

        @Test
        void theThirtyFirstOfAMonthBeforeAThirtyDayMonthGivesItsLastDay() {
            assertThat(ESBJERG.earliestEffective(d("2025-03-31"))).isEqualTo(d("2025-04-30"));
            assertThat(ESBJERG.earliestEffective(d("2025-08-31"))).isEqualTo(d("2025-09-30"));
        }

        @Test
        void anyDayOnOrAfterTheEarliestIsAllowed() {
            assertThat(ESBJERG.allows(d("2025-03-10"), d("2025-04-10"))).isTrue();
            assertThat(ESBJERG.allows(d("2025-03-10"), d("2025-04-17"))).isTrue();
            assertThat(ESBJERG.allows(d("2025-03-10"), d("2025-04-09"))).isFalse();
        }
    }

    @Test
    void withoutNoticeASwitchMayTakeEffectTheSameDay() {
        assertThat(new SwitchRule(0, false, "straks").earliestEffective(d("2025-03-10"))).isEqualTo(d("2025-03-10"));
        assertThat(new SwitchRule(0, true, "den 1.").earliestEffective(d("2025-03-10"))).isEqualTo(d("2025-04-01"));
    }
}

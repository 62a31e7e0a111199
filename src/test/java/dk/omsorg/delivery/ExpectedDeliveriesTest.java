package dk.omsorg.delivery;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.decision.CriteriaOutcome;
import dk.omsorg.decision.Grant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The template's expected deliveries of a week: as many as the grant's frequency and shifts, a weekly grant's spread. */
class ExpectedDeliveriesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final List<LocalDate> WEEK = MONDAY.datesUntil(MONDAY.plusDays(7)).toList();

    private static Grant grant(int times, FrequencyUnit per, Set<Shift> shifts) {
        return grant(times, per, 1, shifts, MONDAY);
    }

    private static Grant grant(int times, FrequencyUnit per, int every, Set<Shift> shifts, LocalDate start) {
        return new Grant(null, UUID.randomUUID(), 1, false, "v", start, "a", "Område", "i", "Indsats", "SEL § 83", true,
                times, per, every, shifts, 30, start, null, null, null,
                Grant.weeklyMinutes(times, per, every, shifts, 30), null, CriteriaOutcome.NONE, null, null, null, List.of(),
                null, start);
    }

    @Test
    void aGrantEveryThirdWeekIsDueEveryThirdWeekFromItsStartAndAMonthlyOneInTheMonthsFirstWeeks() {
        Grant cleaning = grant(1, FrequencyUnit.WEEK, 3, Set.of(Shift.DAY), MONDAY.minusWeeks(3));
        assertThat(VisitTemplates.expectedDeliveries(cleaning, WEEK)).containsExactly(MONDAY);
        assertThat(VisitTemplates.expectedDeliveries(grant(1, FrequencyUnit.WEEK, 3, Set.of(Shift.DAY), MONDAY.minusWeeks(1)),
                WEEK)).as("the week between").isEmpty();
        Grant everyOtherDay = grant(1, FrequencyUnit.DAY, 2, Set.of(Shift.DAY), MONDAY);
        assertThat(VisitTemplates.expectedDeliveries(everyOtherDay, WEEK))
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4), MONDAY.plusDays(6));
        // twice a month: the first and the third week of the month (7 December is in its first week)
        Grant monthly = grant(2, FrequencyUnit.MONTH, 1, Set.of(Shift.DAY), LocalDate.of(2026, 11, 1));
        assertThat(VisitTemplates.expectedDeliveries(monthly, WEEK)).hasSize(1);
        assertThat(VisitTemplates.expectedDeliveries(monthly, MONDAY.plusDays(7).datesUntil(MONDAY.plusDays(14)).toList()))
                .isEmpty();
        assertThat(VisitTemplates.expectedDeliveries(grant(1, FrequencyUnit.YEAR, 1, Set.of(), MONDAY), WEEK)).isEmpty();
    }

    @Test
    void aWeeklyGrantsDeliveriesAreSpreadOverTheDaysItIsDelivered() {
        assertThat(VisitTemplates.expectedDeliveries(grant(3, FrequencyUnit.WEEK, Set.of(Shift.DAY)), WEEK))
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4));
        assertThat(VisitTemplates.expectedDeliveries(grant(1, FrequencyUnit.WEEK, Set.of()), WEEK.subList(3, 7)))
                .as("from Thursday, when the grant started or the provider took over").containsExactly(MONDAY.plusDays(3));
        assertThat(VisitTemplates.expectedDeliveries(grant(1, FrequencyUnit.WEEK, Set.of()), List.of())).isEmpty();
    }

    @Test
    void aDailyGrantHasItsTimesInEachShiftEveryDay() {
        List<LocalDate> two = WEEK.subList(0, 2);
        assertThat(VisitTemplates.expectedDeliveries(grant(2, FrequencyUnit.DAY, Set.of(Shift.DAY, Shift.EVENING)), two))
                .containsExactly(MONDAY, MONDAY, MONDAY, MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(1), MONDAY.plusDays(1),
                        MONDAY.plusDays(1));
    }
}

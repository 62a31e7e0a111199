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
        return new Grant(null, UUID.randomUUID(), 1, false, "v", MONDAY, "a", "Område", "i", "Indsats", "SEL § 83", true,
                times, per, shifts, 30, MONDAY, null, null, null,
                times * Math.max(1, shifts.size()) * (per == FrequencyUnit.DAY ? 7 : 1) * 30, null, CriteriaOutcome.NONE, null, null, null, List.of());
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

package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.Shift;
import dk.omsorg.catalog.ShiftHours;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Shifts and days against the delivery windows the standard states, e.g. "på hverdage i tidsrummet kl. 07:00-17:00". */
class DeliveryWindowPolicyTest {

    private static final DeliveryWindowPolicy POLICY = new DeliveryWindowPolicy();
    private static final String TEXT = "Hjælpen bliver primært ydet på hverdage i tidsrummet kl. 07:00-17:00.";
    private static final List<DeliveryWindow> WEEKDAYS_7_TO_17 = List.of(new DeliveryWindow(DeliveryWindow.Days.WEEKDAYS,
            LocalTime.of(7, 0), LocalTime.of(17, 0), TEXT));
    private static final Intervention SUPERVISION = new Intervention("tilsynsbesoeg-dag", "Tilsynsbesøg, dag", null, null,
            List.of(), List.of(), null, null, null, List.of(), null, List.of(), List.of(), null, null, List.of(), null,
            null, null, null);

    private static ProposedGrant grant(int times, FrequencyUnit per, Shift... shifts) {
        return new ProposedGrant("tilsynsbesoeg-dag", times, per, Set.of(shifts), 15, LocalDate.of(2026, 12, 7), null);
    }

    @Test
    void aWeeklyGrantInTheDayShiftFitsAWeekdayWindow() {
        assertThat(POLICY.check(SUPERVISION, WEEKDAYS_7_TO_17, grant(3, FrequencyUnit.WEEK, Shift.DAY), ShiftHours.STANDARD)
                .finding()).isEmpty();
    }

    @Test
    void aDailyGrantFallsOnDaysOutsideAWeekdayWindow() {
        Finding f = POLICY.check(SUPERVISION, WEEKDAYS_7_TO_17, grant(1, FrequencyUnit.DAY, Shift.DAY), ShiftHours.STANDARD)
                .finding().orElseThrow();
        assertThat(f.rule()).isEqualTo(FindingRule.DELIVERY_WINDOW);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Tilsynsbesøg, dag: kvalitetsstandarden giver hjælpen hverdage kl. 07:00–17:00, "
                + "men bevillingen er hver dag, også uden for vinduets dage.");
        assertThat(f.quote()).isEqualTo(TEXT);
    }

    @Test
    void aShiftWithNoPartInTheWindowIsOutside() {
        // the evening shift (15–23) shares 15–17 with the window: it can be delivered inside it
        assertThat(POLICY.check(SUPERVISION, WEEKDAYS_7_TO_17, grant(1, FrequencyUnit.WEEK, Shift.EVENING), ShiftHours.STANDARD)
                .finding()).isEmpty();
        Finding f = POLICY.check(SUPERVISION, WEEKDAYS_7_TO_17, grant(1, FrequencyUnit.WEEK, Shift.DAY, Shift.NIGHT),
                ShiftHours.STANDARD).finding().orElseThrow();
        assertThat(f.message()).contains("men bevillingen er i nattevagten.");
        // with the municipality's own shift hours: an evening from 17:00 has no part in 07–17
        ShiftHours late = new ShiftHours(LocalTime.of(7, 0), LocalTime.of(17, 0), LocalTime.of(23, 0));
        assertThat(POLICY.check(SUPERVISION, WEEKDAYS_7_TO_17, grant(1, FrequencyUnit.WEEK, Shift.EVENING), late)
                .finding()).isPresent();
    }

    @Test
    void windowsPastMidnightAndWithoutWindowsNothingIsOutside() {
        List<DeliveryWindow> night = List.of(new DeliveryWindow(DeliveryWindow.Days.ALL_DAYS, LocalTime.of(22, 0),
                LocalTime.of(6, 0), null));
        assertThat(POLICY.check(SUPERVISION, night, grant(1, FrequencyUnit.DAY, Shift.NIGHT), ShiftHours.STANDARD).finding()).isEmpty();
        assertThat(POLICY.check(SUPERVISION, night, grant(1, FrequencyUnit.DAY, Shift.DAY), ShiftHours.STANDARD).finding()).isPresent();
        assertThat(POLICY.check(SUPERVISION, List.of(), grant(1, FrequencyUnit.DAY, Shift.NIGHT), ShiftHours.STANDARD).finding()).isEmpty();
    }
}

package dk.omsorg.notice;

import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.StartDeadline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The day a provider must have started by: the standard's deadline in Danish working days. */
class StartDeadlineRuleTest {

    private static final DanishCalendar CALENDAR = DanishCalendar.DEFAULT;
    /** Greve 2022 § 83 a: "senest 3 hverdage efter, at bevillingen er givet". */
    private static final StartDeadline THREE_WORKING_DAYS = new StartDeadline(StartDeadline.Kind.WORKING_DAYS, 3,
            "Den rehabiliterende indsats vil starte hurtigst muligt og senest 3 hverdage efter, at bevillingen er givet.");

    private static GrantSnapshot grant(LocalDate start, LocalDate startBy) {
        return new GrantSnapshot(UUID.randomUUID(), 1, "rh-bad", "RH Bad", "Rehabilitering", "SEL § 83 a",
                "1 gang ugentligt i dagvagten", 30, 30, start, null, startBy, "Kan selv vaske sig");
    }

    private static LocalDate due(LocalDate decided, LocalDate notified) {
        GrantSnapshot g = grant(decided, THREE_WORKING_DAYS.startBy(decided, CALENDAR));
        return StartDeadlineRule.dueOn(g, THREE_WORKING_DAYS, decided, notified, CALENDAR);
    }

    @Test
    void threeWorkingDaysFromThursdaySkipTheWeekend() {
        // Thursday 6 March 2025 → Fri 7, Mon 10, Tue 11
        assertThat(due(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6))).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void threeWorkingDaysOverEasterSkipMaundyThursdayGoodFridayTheWeekendAndEasterMonday() {
        // Wednesday 16 April 2025 → (17 skærtorsdag, 18 langfredag, 19–20 weekend, 21 2. påskedag) 22, 23, 24
        assertThat(due(LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 16))).isEqualTo(LocalDate.of(2025, 4, 24));
    }

    @Test
    void threeWorkingDaysOverChristmasSkipChristmasEveAndTheHolidays() {
        // Tuesday 23 December 2025 → (24 juleaftensdag off by default, 25–26 jul, 27–28 weekend) 29, 30, 31
        assertThat(due(LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 23))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void threeWorkingDaysOverAscensionAndWhitsun() {
        // Wednesday 28 May 2025 → (29 Kr. himmelfart) 30, (31–1 weekend) 2 June... 5 June grundlovsdag off
        assertThat(due(LocalDate.of(2025, 5, 28), LocalDate.of(2025, 5, 28))).isEqualTo(LocalDate.of(2025, 6, 3));
        // Friday 6 June 2025 → (7–8 weekend, 9 2. pinsedag) 10, 11, 12
        assertThat(due(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 6))).isEqualTo(LocalDate.of(2025, 6, 12));
    }

    @Test
    void aProviderToldLaterGetsTheDeadlineFromTheDayItIsTold() {
        // decided Monday 14 April 2025, the voucher's provider found on Wednesday 16 April: counts from the 16th
        assertThat(due(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 16))).isEqualTo(LocalDate.of(2025, 4, 24));
    }

    @Test
    void helpNeverHasToStartBeforeTheGrantsOwnStart() {
        LocalDate decided = LocalDate.of(2025, 3, 6);
        GrantSnapshot later = grant(LocalDate.of(2025, 4, 1), THREE_WORKING_DAYS.startBy(decided, CALENDAR));
        assertThat(StartDeadlineRule.dueOn(later, THREE_WORKING_DAYS, decided, decided, CALENDAR)).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void withoutADeadlineInTheStandardHelpStartsOnItsStartDay() {
        LocalDate decided = LocalDate.of(2025, 3, 6);
        GrantSnapshot grant = grant(LocalDate.of(2025, 3, 10), null);
        assertThat(StartDeadlineRule.dueOn(grant, null, decided, decided, CALENDAR)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aStartNotMadeByTheDeadlineIsBreachedTheDayAfterAndAStartAfterItIsLate() {
        LocalDate due = LocalDate.of(2025, 4, 24);
        GrantStart waiting = new GrantStart(1, 253, 1, 1, UUID.randomUUID(), 1, "RH Bad", LocalDate.of(2025, 4, 16), due,
                null, null, null, null, false);
        assertThat(waiting.status(due)).isEqualTo(GrantStart.Status.WAITING);
        assertThat(waiting.status(due.plusDays(1))).isEqualTo(GrantStart.Status.OVERDUE);
        assertThat(waiting.breached(due.plusDays(1))).isTrue();
        GrantStart late = new GrantStart(1, 253, 1, 1, waiting.grantKey(), 1, "RH Bad", waiting.grantStart(), due, null,
                due.plusDays(2), java.time.Instant.now(), "leverandor-a", false);
        assertThat(late.status(due.plusDays(5))).isEqualTo(GrantStart.Status.STARTED_LATE);
        GrantStart onTime = new GrantStart(1, 253, 1, 1, waiting.grantKey(), 1, "RH Bad", waiting.grantStart(), due, null,
                due, java.time.Instant.now(), "leverandor-a", false);
        assertThat(onTime.breached(due.plusDays(5))).isFalse();
    }
}

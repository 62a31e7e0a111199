package dk.omsorg.notice;

import dk.omsorg.shared.DanishTime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002: a decision sent to the provider after 14.30 that must be put into effect the same day is phoned. */
class SameDayPhoneRuleTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    /** Seed 002's time, as Esbjerg's notice.yaml holds it (NoticeFilesTest reads the file). */
    private final SameDayPhoneRule rule = new SameDayPhoneRule(LocalTime.of(14, 30));

    /** What the listener does: the time the notice is sent, read from the (injected) clock, in Danish time. */
    private static ZonedDateTime sentAt(LocalTime time) {
        Clock clock = Clock.fixed(MONDAY.atTime(time).atZone(DanishTime.ZONE).toInstant(), java.time.ZoneOffset.UTC);
        return clock.instant().atZone(DanishTime.ZONE);
    }

    @Test
    void aNewGrantStartingTodaySentAt1429IsNotUrgent() {
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(14, 29)))).isFalse();
    }

    @Test
    void aNewGrantStartingTodaySentAt1431IsUrgent() {
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(14, 31)))).isTrue();
    }

    @Test
    void exactly1430IsNotAfter1430() {
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(14, 30)))).isFalse();
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(14, 30, 1)))).isTrue();
    }

    @Test
    void aGrantStartingTomorrowIsNotUrgentEvenLateInTheDay() {
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY.plusDays(1), sentAt(LocalTime.of(14, 31)))).isFalse();
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY.plusDays(1), sentAt(LocalTime.of(23, 59)))).isFalse();
    }

    @Test
    void aGrantThatShouldAlreadyHaveStartedIsUrgentAfter1430() {
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY.minusDays(3), sentAt(LocalTime.of(16, 0)))).isTrue();
    }

    @Test
    void aSwitchToTheProviderTodayAndAChangeTodayAreUrgentButAMinorAdjustmentOrAStopIsNot() {
        ZonedDateTime late = sentAt(LocalTime.of(15, 0));
        assertThat(rule.urgent(NoticeKind.SWITCH_IN, false, MONDAY, late)).isTrue();
        assertThat(rule.urgent(NoticeKind.CHANGED_GRANT, false, MONDAY, late)).isTrue();
        assertThat(rule.urgent(NoticeKind.CHANGED_GRANT, true, MONDAY, late)).isFalse();
        assertThat(rule.urgent(NoticeKind.STOPPED_GRANT, false, MONDAY, late)).isFalse();
        assertThat(rule.urgent(NoticeKind.SWITCH_OUT, false, MONDAY, late)).isFalse();
    }

    @Test
    void theTimeIsTheMunicipalitysOwn() {
        SameDayPhoneRule earlier = new SameDayPhoneRule(LocalTime.of(13, 0));
        assertThat(earlier.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(13, 1)))).isTrue();
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, MONDAY, sentAt(LocalTime.of(13, 1)))).isFalse();
    }

    @Test
    void theRuleReadsDanishTimeAlsoInSummer() {
        // 12:31 UTC is 14:31 in Copenhagen in summer (CEST)
        LocalDate summer = LocalDate.of(2025, 6, 16);
        ZonedDateTime sent = Clock.fixed(summer.atTime(12, 31).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC)
                .instant().atZone(DanishTime.ZONE);
        assertThat(rule.urgent(NoticeKind.NEW_GRANT, false, summer, sent)).isTrue();
    }
}

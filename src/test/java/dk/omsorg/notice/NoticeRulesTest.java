package dk.omsorg.notice;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notice a provider gets for a grant in a new decision version. */
class NoticeRulesTest {

    private static final UUID KEY = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static GrantSnapshot grant(int minutes, LocalDate end, String goals) {
        return new GrantSnapshot(KEY, 1, "rh-bad", "RH Bad", "Rehabilitering", "SEL § 83 a", "1 gang ugentligt i dagvagten",
                minutes, minutes, START, end, START.plusDays(3), goals);
    }

    @Test
    void aGrantWithoutAPreviousVersionIsNew() {
        assertThat(NoticeRules.kindOf(null, grant(30, null, "Mål"))).contains(NoticeKind.NEW_GRANT);
    }

    @Test
    void moreMinutesIsAChangeWithBeforeAndAfter() {
        GrantSnapshot before = grant(30, null, "Mål");
        GrantSnapshot after = grant(45, null, "Mål");
        assertThat(NoticeRules.kindOf(before, after)).contains(NoticeKind.CHANGED_GRANT);
        assertThat(after.changesFrom(before)).extracting(GrantSnapshot.FieldChange::field)
                .containsExactly("minutesPerDelivery", "weeklyMinutes");
        assertThat(after.changesFrom(before).get(0)).isEqualTo(new GrantSnapshot.FieldChange("minutesPerDelivery", "30", "45"));
    }

    @Test
    void anEndSetOrMovedEarlierStopsTheGrant() {
        assertThat(NoticeRules.kindOf(grant(30, null, "Mål"), grant(30, LocalDate.of(2025, 5, 1), "Mål")))
                .contains(NoticeKind.STOPPED_GRANT);
        assertThat(NoticeRules.kindOf(grant(30, LocalDate.of(2025, 6, 1), "Mål"), grant(30, LocalDate.of(2025, 5, 1), "Mål")))
                .contains(NoticeKind.STOPPED_GRANT);
        // an end moved later is an ordinary change
        assertThat(NoticeRules.kindOf(grant(30, LocalDate.of(2025, 5, 1), "Mål"), grant(30, LocalDate.of(2025, 6, 1), "Mål")))
                .contains(NoticeKind.CHANGED_GRANT);
    }

    @Test
    void nothingTheProviderActsOnChangedGivesNoNotice() {
        assertThat(NoticeRules.kindOf(grant(30, null, "Mål"), grant(30, null, "Mål"))).isEmpty();
    }

    @Test
    void newGoalsAreAChange() {
        assertThat(NoticeRules.kindOf(grant(30, null, "Mål"), grant(30, null, "Nye mål"))).contains(NoticeKind.CHANGED_GRANT);
    }

    @Test
    void theDayANoticeTakesEffect() {
        GrantSnapshot running = grant(30, LocalDate.of(2025, 5, 1), "Mål");
        LocalDate decided = LocalDate.of(2025, 4, 1);
        assertThat(NoticeRules.effectiveOn(NoticeKind.NEW_GRANT, running, decided, null)).isEqualTo(START);
        assertThat(NoticeRules.effectiveOn(NoticeKind.CHANGED_GRANT, running, decided, null)).isEqualTo(decided);
        assertThat(NoticeRules.effectiveOn(NoticeKind.STOPPED_GRANT, running, decided, null)).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(NoticeRules.effectiveOn(NoticeKind.SWITCH_IN, running, decided, LocalDate.of(2025, 5, 1)))
                .isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void aBackDatedChangeTakesEffectOnItsOwnDayNotTheDecisionDay() {
        GrantSnapshot backDated = new GrantSnapshot(KEY, 2, "rh-bad", "RH Bad", "Rehabilitering", "SEL § 83 a",
                "1 gang ugentligt i dagvagten", 39, 39, START, null, null, "Mål", LocalDate.of(2025, 3, 10));
        assertThat(NoticeRules.effectiveOn(NoticeKind.CHANGED_GRANT, backDated, LocalDate.of(2025, 4, 1), null))
                .isEqualTo(LocalDate.of(2025, 3, 10));
    }
}

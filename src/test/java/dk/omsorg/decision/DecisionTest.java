package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.Shift.NIGHT;
import static dk.omsorg.decision.Grants.grant;
import static dk.omsorg.decision.Grants.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision aggregate and its grants, without Spring. */
class DecisionTest {

    // --- weekly granted time

    @Test
    void dailyHelpCountsEveryDayOfTheWeekInEveryListedShift() {
        // 1 a day in the day and the evening shift is two visits a day: 2 × 7 × 20
        assertThat(Grant.weeklyMinutes(1, FrequencyUnit.DAY, 1, Set.of(DAY, EVENING), 20)).isEqualTo(280);
        assertThat(Grant.weeklyMinutes(3, FrequencyUnit.DAY, 1, Set.of(DAY, EVENING, NIGHT), 10)).isEqualTo(630);
    }

    @Test
    void weeklyHelpCountsOncePerShiftAndUnstatedShiftsAsOne() {
        assertThat(Grant.weeklyMinutes(2, FrequencyUnit.WEEK, 1, Set.of(DAY), 30)).isEqualTo(60);
        assertThat(Grant.weeklyMinutes(2, FrequencyUnit.WEEK, 1, Set.of(DAY, EVENING), 30)).isEqualTo(120);
        assertThat(Grant.weeklyMinutes(1, FrequencyUnit.WEEK, 1, Set.of(), 45)).isEqualTo(45);
    }

    @Test
    void weeklyTimeIsSummedPerInterventionAndInTotal() {
        Decision decision = stored(1, grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30),
                grant("daglig-hygiejne", 1, FrequencyUnit.DAY, Set.of(DAY, EVENING), 20));
        WeeklyTime weekly = decision.weeklyTime();
        assertThat(weekly.lines()).extracting(WeeklyTime.Line::interventionCode, WeeklyTime.Line::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bad", 30), org.assertj.core.groups.Tuple.tuple("daglig-hygiejne", 280));
        assertThat(weekly.totalMinutes()).isEqualTo(310);
        assertThat(weekly.totalInHours()).isEqualTo("5 t 10 min");
        assertThat(WeeklyTime.sum(List.of(new WeeklyTime.Line("bad", "Bad", 30), new WeeklyTime.Line("bad", "Bad", 15)))
                .lines()).singleElement().extracting(WeeklyTime.Line::minutes).isEqualTo(45);
    }

    @Test
    void aGrantsWeeklyMinutesMustMatchItsFrequency() {
        assertThatThrownBy(() -> new Grant(null, UUID.randomUUID(), 1, false, "K", LocalDate.of(2022, 1, 1), "a", "A",
                "bad", "Bad", "SEL § 83", true, 1, FrequencyUnit.WEEK, Set.of(DAY), 30, Grants.START, null, null, null,
                99, null, CriteriaOutcome.NONE, null, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- versions

    @Test
    void aChangeIsTheNextVersionOfTheSameDecisionAndKeepsTheRefusals() {
        Grant bath = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        Decision first = new Decision(10L, 253, 7L, 3L, 10L, 1, null, null, DecisionStatus.CURRENT, Grants.START, "Hjælp",
                "Vurdering", null, false, List.of(bath),
                List.of(new Refusal("indkoeb", "Indkøb", "SEL § 83", true, "Indkøb", "Kan selv", null, null)),
                List.of(), null, "visitator", null, "visitator", 4, "abc");
        Grant longer = grant(bath.grantKey(), 2, "bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 45, null, List.of());

        Decision next = first.successor(Grants.START.plusDays(10), null, null, false, List.of(longer), List.of());

        assertThat(next.id()).isNull();
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.supersedesDecisionId()).isEqualTo(10L);
        assertThat(next.lineageId()).isEqualTo(10L);
        assertThat(next.inquiryId()).isEqualTo(3L);
        assertThat(next.isCurrent()).isTrue();
        assertThat(next.reasoning()).isEqualTo("Vurdering");
        assertThat(next.refusals()).isEqualTo(first.refusals());
        assertThat(next.grant(bath.grantKey())).get().extracting(Grant::versionNo, Grant::minutesPerDelivery)
                .containsExactly(2, 45);
        assertThat(first.grant(bath.grantKey())).get().extracting(Grant::minutesPerDelivery).isEqualTo(30);
    }

    @Test
    void onlyTheCurrentStoredVersionCanBeChanged() {
        Grant bath = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        Decision superseded = new Decision(10L, 253, 7L, null, 10L, 1, null, 11L, DecisionStatus.SUPERSEDED,
                Grants.START, "Hjælp", null, null, false, List.of(bath), List.of(), List.of(), null, "v", null, "v", 1, null);
        Decision unsaved = Decision.first(253, 7L, null, Grants.START, "Hjælp", null, null, List.of(bath), List.of(), List.of());

        assertThatThrownBy(() -> superseded.successor(Grants.START, null, null, false, List.of(bath), List.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unsaved.successor(Grants.START, null, null, false, List.of(bath), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMinorAdjustmentAddsNoGrants() {
        Grant bath = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        Decision first = stored(10, bath);
        Grant added = grant("daglig-hygiejne", 1, FrequencyUnit.DAY, Set.of(DAY), 20);

        assertThatThrownBy(() -> first.successor(Grants.START, null, null, true, List.of(bath.carryOver(), added), List.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(first.successor(Grants.START, null, null, true, List.of(bath.carryOver()), List.of()).minorAdjustment()).isTrue();
    }

    @Test
    void aCarriedOverGrantKeepsItsKeyVersionAndFindings() {
        Finding finding = new Finding(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, "bad", "For ofte", "Max. 1 gang ugentligt");
        Grant bath = grant(UUID.randomUUID(), 3, "bad", 2, FrequencyUnit.WEEK, Set.of(DAY), 30, "Inkontinent", List.of(finding));

        Grant carried = bath.carryOver();

        assertThat(carried.carriedOver()).isTrue();
        assertThat(carried.id()).isNull();
        assertThat(carried.grantKey()).isEqualTo(bath.grantKey());
        assertThat(carried.versionNo()).isEqualTo(3);
        assertThat(carried.findings()).containsExactly(finding);
        assertThat(carried.overrideReason()).isEqualTo("Inkontinent");
        assertThat(carried.outsideStandard()).isTrue();
    }

    @Test
    void aMinorAdjustmentChangesOnlyMinutesOrFrequency() {
        Grant bath = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        GrantInput sameButMinutes = new GrantInput(bath.grantKey(), "bad", 2, FrequencyUnit.WEEK, Set.of(DAY, EVENING), 45,
                Grants.START, null, null, false, null);
        GrantInput otherStart = new GrantInput(bath.grantKey(), "bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30,
                Grants.START.plusDays(1), null, null, false, null);
        GrantInput otherGoals = new GrantInput(bath.grantKey(), "bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30,
                Grants.START, null, "Nye mål", false, null);

        assertThat(bath.differsOnlyInMinutesOrFrequency(sameButMinutes)).isTrue();
        assertThat(bath.sameAs(sameButMinutes)).isFalse();
        assertThat(bath.sameAs(bath.asInput())).isTrue();
        assertThat(bath.differsOnlyInMinutesOrFrequency(otherStart)).isFalse();
        assertThat(bath.differsOnlyInMinutesOrFrequency(otherGoals)).isFalse();
    }

    @Test
    void aDecisionGrantsOrRefusesSomethingAndEachGrantOnce() {
        assertThatThrownBy(() -> Decision.first(253, 7L, null, Grants.START, "Hjælp", null, null, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Grant bath = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        assertThatThrownBy(() -> Decision.first(253, 7L, null, Grants.START, "Hjælp", null, null, List.of(bath, bath),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionIsOutsideTheStandardWhenAWarningWasOverriddenAndAppealableWhenEveryPartIs() {
        Finding warning = new Finding(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, "bad", "For ofte", "Max. 1 gang ugentligt");
        Finding info = new Finding(FindingRule.CRITERIA, Severity.INFO, "bad", "Konkret vurdering", null);
        Grant within = grant(UUID.randomUUID(), 1, "bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30, null, List.of(info));
        Grant beyond = grant(UUID.randomUUID(), 1, "bad", 2, FrequencyUnit.WEEK, Set.of(DAY), 30, "Inkontinent", List.of(warning));

        assertThat(stored(1, within).outsideStandard()).isFalse();
        assertThat(stored(1, beyond).outsideStandard()).isTrue();
        assertThat(stored(1, within).appealable()).isTrue();
        Decision refusedNotAppealable = new Decision(1L, 756, 7L, null, 1L, 1, null, null, DecisionStatus.CURRENT,
                Grants.START, "Støtte", null, null, false, List.of(within),
                List.of(new Refusal(null, null, "SEL § 82 b", false, "Forløb", "Ikke i målgruppen", null, null)),
                List.of(), null, "v", null, "v", 0, null);
        assertThat(refusedNotAppealable.appealable()).isFalse();
    }

    @Test
    void currentGrantsAreThoseOfCurrentVersionsNotYetEnded() {
        Grant open = grant("bad", 1, FrequencyUnit.WEEK, Set.of(DAY), 30);
        Grant ended = new Grant(null, UUID.randomUUID(), 1, false, "K", LocalDate.of(2022, 1, 1), "a", "A", "rengoering",
                "Rengøring", "SEL § 83", true, 1, FrequencyUnit.WEEK, Set.of(DAY), 30, Grants.START, Grants.START.plusDays(5),
                null, null, 30, null, CriteriaOutcome.NONE, null, null, null, List.of());
        Decision current = stored(2, open, ended);
        Decision old = new Decision(1L, 253, 7L, null, 1L, 1, null, 2L, DecisionStatus.SUPERSEDED, Grants.START, "Hjælp",
                null, null, false, List.of(grant("gammel", 1, FrequencyUnit.WEEK, Set.of(), 10)), List.of(), List.of(),
                null, "v", null, "v", 1, null);

        assertThat(Decisions.currentGrants(List.of(current, old), Grants.START.plusDays(10)))
                .extracting(Grant::interventionCode).containsExactly("bad");
        assertThat(Decisions.currentGrants(List.of(current, old), Grants.START.plusDays(5)))
                .extracting(Grant::interventionCode).containsExactly("bad", "rengoering");
    }
}

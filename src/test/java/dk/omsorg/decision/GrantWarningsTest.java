package dk.omsorg.decision;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.decision.GrantWarnings.Warning.SPECIAL_CASE;
import static dk.omsorg.decision.GrantWarnings.Warning.TERMINAL_CARE;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview's warnings from the grants in force (issue 15): special 1:1 case and terminal care. */
class GrantWarningsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Grant grant(String code, String legalBasis, LocalDate start, LocalDate end) {
        return new Grant(null, UUID.randomUUID(), 1, false, "Kvalitetsstandarder 2022", LocalDate.of(2022, 1, 1), "area",
                "Område", code, code, legalBasis, true, 1, FrequencyUnit.WEEK, Set.of(Shift.DAY), 30, start, end, null,
                null, Grant.weeklyMinutes(1, FrequencyUnit.WEEK, 1, Set.of(Shift.DAY), 30), null, null, null, null, null,
                List.of());
    }

    @Test
    void anOpenSpecialCaseIsASpecialCaseAndAGrantOfFastVagtAloneIsNot() {
        // issue 17: the case itself, not the intervention's code, says it is a special case
        assertThat(GrantWarnings.of(List.of(), TODAY, true)).containsExactly(SPECIAL_CASE);
        assertThat(GrantWarnings.of(List.of(grant("fast-vagt", "SEL § 83 stk. 1 nr. 1", TODAY.minusDays(3), null)), TODAY,
                false)).isEmpty();
    }

    @Test
    void aGrantUnderParagraph119Or120IsTerminalCare() {
        assertThat(GrantWarnings.of(List.of(grant("plejevederlag", "SEL § 119, SEL § 120", TODAY, TODAY.plusMonths(1))), TODAY, false))
                .containsExactly(TERMINAL_CARE);
        assertThat(GrantWarnings.of(List.of(grant("plejevederlag", "SEL § 120", TODAY, null)), TODAY, false)).containsExactly(TERMINAL_CARE);
    }

    @Test
    void ordinaryHelpAndGrantsNotInForceTodayWarnOfNothing() {
        assertThat(GrantWarnings.of(List.of(grant("rh-bad", "SEL § 83 a", TODAY.minusDays(3), null),
                grant("fast-vagt", "SEL § 83 stk. 1 nr. 1", TODAY.plusDays(1), null),
                grant("plejevederlag", "SEL § 119", TODAY.minusMonths(2), TODAY.minusDays(1))), TODAY, false)).isEmpty();
        // § 119 of another law is not serviceloven's
        assertThat(GrantWarnings.of(List.of(grant("x", "SUL § 119", TODAY, null)), TODAY, false)).isEmpty();
    }
}

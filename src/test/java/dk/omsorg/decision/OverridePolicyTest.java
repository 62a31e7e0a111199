package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Severity;
import dk.omsorg.shared.DomainException.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dk.omsorg.catalog.Shift.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Going beyond the quality standard takes a reason; what the standard cannot grant takes a correction. */
class OverridePolicyTest {

    private static final Finding TOO_OFTEN = new Finding(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, "rh-bad",
            "RH Bad: 2 gange ugentligt er foreslået, højst 1 gang er tilladt.", "Max.1 gang ugentligt.");
    private static final Finding NO_SUCH = new Finding(FindingRule.UNKNOWN_INTERVENTION, Severity.ERROR, "snerydning",
            "Indsatsen \"snerydning\" findes ikke.", null);
    private static final Finding LOOK_AT = new Finding(FindingRule.CRITERIA, Severity.INFO, "rh-bad",
            "Kriterierne kræver en konkret vurdering.", "Samt borgere med et væsentligt synshandicap");

    private static GrantInput input(String code, boolean override, String reason) {
        return new GrantInput(null, code, 2, FrequencyUnit.WEEK, Set.of(DAY), 30, Grants.START, null, "Mål", override, reason);
    }

    private static ProposalCheck proposal(int index, GrantInput input, List<Finding> findings) {
        return new ProposalCheck(index, index, input, null, "K", Grants.START, null, null, null, null, null, null,
                Grant.weeklyMinutes(2, FrequencyUnit.WEEK, 1, Set.of(DAY), 30), findings);
    }

    private static DecisionCheck check(List<Finding> combination, ProposalCheck... grants) {
        return new DecisionCheck(List.of(grants), combination, new WeeklyTime(List.of(), 0));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void anInfoFindingNeedsNothing() {
        assertThat(OverridePolicy.check(check(List.of(), proposal(0, input("rh-bad", false, null), List.of(LOOK_AT))), false, null))
                .isEmpty();
    }

    @Test
    void aWarningNeedsAReasonOnItsGrant() {
        List<Violation> missing = OverridePolicy.check(check(List.of(),
                proposal(0, input("rh-bad", false, null), List.of(TOO_OFTEN))), false, null);

        assertThat(fields(missing)).containsExactly("grants[0].overrideReason");
        assertThat(missing.get(0).messageKey()).isEqualTo("decision.override.required");
        assertThat(missing.get(0).args()).contains(1, TOO_OFTEN.message());
        assertThat(OverridePolicy.check(check(List.of(),
                proposal(0, input("rh-bad", false, "Inkontinent"), List.of(TOO_OFTEN))), false, null)).isEmpty();
    }

    @Test
    void aReasonOnTheDecisionCoversEveryWarning() {
        assertThat(OverridePolicy.check(check(List.of(TOO_OFTEN),
                proposal(0, input("rh-bad", false, null), List.of(TOO_OFTEN))), true, "Konkret vurdering")).isEmpty();
    }

    @Test
    void aWarningAboutGrantsTogetherIsCoveredByAReasonOnAGrantOfItsIntervention() {
        ProposalCheck other = proposal(0, input("daglig-hygiejne", false, "Ikke relevant"), List.of());
        ProposalCheck bath = proposal(1, input("rh-bad", false, null), List.of());

        List<Violation> missing = OverridePolicy.check(check(List.of(TOO_OFTEN), other, bath), false, null);
        assertThat(fields(missing)).containsExactly("grants[1].overrideReason");

        ProposalCheck reasoned = proposal(1, input("rh-bad", false, "Inkontinent"), List.of());
        assertThat(OverridePolicy.check(check(List.of(TOO_OFTEN), other, reasoned), false, null)).isEmpty();
    }

    @Test
    void anErrorCannotBeOverridden() {
        List<Violation> violations = OverridePolicy.check(check(List.of(),
                proposal(0, input("snerydning", true, "Borgeren ønsker det"), List.of(NO_SUCH))), true, "Konkret vurdering");

        assertThat(fields(violations)).containsExactly("grants[0].interventionCode");
        assertThat(violations.get(0).messageKey()).isEqualTo("decision.grant.error");
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThat(fields(OverridePolicy.check(check(List.of(), proposal(0, input("rh-bad", true, null), List.of())), false, null)))
                .containsExactly("grants[0].overrideReason");
        assertThat(fields(OverridePolicy.check(check(List.of(), proposal(0, input("rh-bad", false, null), List.of())), true, null)))
                .containsExactly("overrideReason");
    }

    @Test
    void aGrantCarriedOverUnchangedWasDecidedBefore() {
        Grant earlier = Grants.grant(java.util.UUID.randomUUID(), 1, "rh-bad", 2, FrequencyUnit.WEEK, Set.of(DAY), 30,
                "Inkontinent", List.of(TOO_OFTEN));
        ProposalCheck carried = new ProposalCheck(0, null, earlier.asInput(), earlier, "K", Grants.START, null, null,
                null, null, null, null, earlier.weeklyMinutes(), List.of(TOO_OFTEN));

        assertThat(OverridePolicy.check(check(List.of(TOO_OFTEN), carried), false, null)).isEmpty();
    }
}

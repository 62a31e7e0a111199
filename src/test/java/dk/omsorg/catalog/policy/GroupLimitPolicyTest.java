package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.TestCatalogs.GREVE_2022;
import static dk.omsorg.catalog.TestCatalogs.daily;
import static org.assertj.core.api.Assertions.assertThat;

class GroupLimitPolicyTest {

    // Måltider: max 5 of morgenmad, frokost, aftensmad, mellemmaaltid per DAY, within that mellemmaaltid max 2
    private final GroupLimit meals = GREVE_2022.area("madservice").orElseThrow().groupLimits().get(0);
    private final GroupLimitPolicy policy = new GroupLimitPolicy();

    @Test
    void fiveMealsADayWithTwoBetweenMealsKeepBothCaps() {
        List<ProposedGrant> grants = List.of(daily("morgenmad", 1, DAY), daily("frokost", 1, DAY),
                daily("aftensmad", 1, EVENING), daily("mellemmaaltid", 1, DAY, EVENING), daily("rengoering", 3, DAY));
        assertThat(policy.checkAll(meals, grants)).containsOnly(PolicyResult.allowed());
    }

    @Test
    void aSixthMealBreaksTheGroupCap() {
        List<ProposedGrant> grants = List.of(daily("morgenmad", 1, DAY), daily("frokost", 2, DAY),
                daily("aftensmad", 1, EVENING), daily("mellemmaaltid", 1, DAY, EVENING));
        assertThat(policy.check(meals, grants)).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.rule()).isEqualTo(FindingRule.GROUP_LIMIT);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.interventionCode()).isEqualTo("morgenmad");
            assertThat(f.message()).startsWith("Måltider: 6 gange dagligt er foreslået (morgenmad, frokost, aftensmad, mellemmaaltid), højst 5 gange");
            assertThat(f.quote()).isEqualTo("Max. 5 spiseindsatser dagligt, heraf 2 mellemmåltider");
        });
    }

    @Test
    void threeBetweenMealsBreakTheWithinCapEvenInsideTheGroupCap() {
        List<ProposedGrant> grants = List.of(daily("morgenmad", 1, DAY), daily("mellemmaaltid", 3, DAY));
        List<PolicyResult> results = policy.checkAll(meals, grants);
        assertThat(results.get(0)).isEqualTo(PolicyResult.allowed());
        assertThat(results.get(1)).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.interventionCode()).isEqualTo("mellemmaaltid");
            assertThat(f.message()).startsWith("Måltider (heraf mellemmaaltid): 3 gange dagligt er foreslået");
        });
    }

    @Test
    void grantsOutsideTheGroupDoNotCount() {
        assertThat(policy.check(meals, List.of(daily("rengoering", 9, DAY)))).isEqualTo(PolicyResult.allowed());
    }
}

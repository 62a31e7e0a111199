package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.HouseholdGrant;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.weekly;
import static org.assertj.core.api.Assertions.assertThat;

/** A cap "pr. husstand" (seed 003) counted over the household's other members' grants (issue 15). */
class HouseholdCapPolicyTest {

    private final FrequencyLimitPolicy policy = new FrequencyLimitPolicy();

    /** The test catalogue's indkoeb: "Max. 1 gang ugentligt pr. husstand". */
    private PolicyResult check(List<HouseholdGrant> household, int times) {
        Intervention shopping = greve("indkoeb");
        return policy.check(shopping, shopping.limits().get(0), List.of(weekly("indkoeb", times, DAY)), household);
    }

    @Test
    void theSpousesGrantCountsAgainstTheHouseholdsCap() {
        List<HouseholdGrant> spouse = List.of(new HouseholdGrant("Bent Hansen", weekly("indkoeb", 1, DAY)));
        assertThat(check(spouse, 1)).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("1 gang ugentligt er foreslået, og i husstanden Bent Hansen har 1 gang "
                    + "ugentligt allerede; i alt 2 gange, højst 1 gang er tilladt pr. husstand");
        });
    }

    @Test
    void aRegisteredHouseholdWithoutTheInterventionNeedsNoCheckByHand() {
        // in a registered household where no one else has the intervention, the cap holds as the citizen's own
        assertThat(check(List.of(), 1)).isEqualTo(PolicyResult.allowed());
    }

    @Test
    void withoutARegisteredHouseholdTheCapIsOnlyPointedOut() {
        assertThat(check(null, 1)).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("Tjek om andre i husstanden allerede har indsatsen");
        });
    }
}

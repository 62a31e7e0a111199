package dk.omsorg.provider;

import dk.omsorg.provider.OneProviderPolicy.ProvidedGrant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004: Brønderslev does not let the citizen choose different providers for § 83 and § 83 a. */
class OneProviderPolicyTest {

    static ProvidedGrant grant(String field, String legalBasis, long provider) {
        return new ProvidedGrant(field, "Indsats " + legalBasis, legalBasis, provider, "Leverandør " + provider);
    }

    @Test
    void differentProvidersForParagraph83And83aAreRefusedWhereTheMunicipalityForbidsIt() {
        var conflicts = OneProviderPolicy.conflicts(false, List.of(
                grant("grants[0].provider.providerId", "SEL § 83 a", 1),
                grant("grants[1].provider.providerId", "SEL § 83 stk. 1 nr. 2 / SEL § 84 stk. 1", 2)));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.keySet().iterator().next().field()).isEqualTo("grants[1].provider.providerId");
    }

    @Test
    void helhedsplejeUnderAeldrelovenIsCoveredLikeParagraph83() {
        // since 1 July 2025 a citizen of pension age gets personal care and practical help under Ældreloven § 10
        var conflicts = OneProviderPolicy.conflicts(false, List.of(
                grant("grants[0].provider.providerId", "SEL § 83 a", 1),
                grant("grants[1].provider.providerId", "Ældreloven § 10 / Ældreloven § 16", 2)));
        assertThat(conflicts).hasSize(1);
    }

    @Test
    void theSameProviderEverywhereIsAllowed() {
        assertThat(OneProviderPolicy.conflicts(false, List.of(grant("a", "SEL § 83 a", 1),
                grant("b", "SEL § 83 stk. 1 nr. 1", 1)))).isEmpty();
    }

    @Test
    void anExistingGrantsProviderCountsFirst() {
        var conflicts = OneProviderPolicy.conflicts(false, List.of(grant("new", "SEL § 83 a", 2),
                grant(null, "SEL § 83 stk. 1 nr. 1", 1)));
        assertThat(conflicts).hasSize(1);
        var entry = conflicts.entrySet().iterator().next();
        assertThat(entry.getKey().field()).isEqualTo("new");
        assertThat(entry.getValue().providerId()).isEqualTo(1L);
    }

    @Test
    void helpUnderOtherParagraphsMayHaveItsOwnProvider() {
        assertThat(OneProviderPolicy.conflicts(false, List.of(grant("a", "SEL § 83 a", 1),
                grant("b", "SEL § 83 stk. 1 nr. 3 / SEL § 83 stk. 2", 2), grant("c", "SEL § 86 stk. 2", 3)))).isEmpty();
    }

    @Test
    void municipalitiesThatAllowDifferentProvidersAreNotChecked() {
        assertThat(OneProviderPolicy.conflicts(true, List.of(grant("a", "SEL § 83 a", 1),
                grant("b", "SEL § 83 stk. 1 nr. 1", 2)))).isEmpty();
    }
}

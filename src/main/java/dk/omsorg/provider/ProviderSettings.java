package dk.omsorg.provider;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A municipality's provider rules, from its {@code providers.yaml}.
 *
 * @param differentProvidersPerArea whether a citizen may have different providers for § 83 and § 83 a
 *                                  help (seed 004: Brønderslev does not allow it; Greve and Esbjerg do)
 * @param personalCareAreas         the catalogue areas that count as personal care (§ 83 stk. 1 nr. 1 and
 *                                  § 83 a personal care): their provider coordinates when several
 *                                  providers serve a citizen (seed 002)
 */
public record ProviderSettings(int municipalityId, boolean differentProvidersPerArea, SwitchRule switchRule,
                               List<String> personalCareAreas, String source) {

    public ProviderSettings {
        Objects.requireNonNull(switchRule, "switchRule");
        personalCareAreas = List.copyOf(personalCareAreas);
    }

    public boolean isPersonalCare(String areaCode) {
        return Set.copyOf(personalCareAreas).contains(areaCode);
    }
}

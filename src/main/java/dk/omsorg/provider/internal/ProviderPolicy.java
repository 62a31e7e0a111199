package dk.omsorg.provider.internal;

import dk.omsorg.provider.Approval;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.ProviderKind;
import dk.omsorg.provider.ProviderSettings;

import java.util.List;

/** One municipality's providers.yaml, validated. */
public record ProviderPolicy(String file, ProviderSettings settings, List<District> districts,
                             List<Entry> providers) {

    public int municipalityId() {
        return settings.municipalityId();
    }

    /** A provider as the file describes it; {@code code} keeps its id stable across restarts. */
    public record Entry(String code, String name, ProviderKind kind, String cvr, String phone, String email,
                        String address, List<Approval> areas, List<Approval> districts) {
    }
}

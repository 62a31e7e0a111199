package dk.omsorg.provider;

import java.util.List;

/** What a provider is approved for: catalogue areas and districts, each with its periods. */
public record ProviderApprovals(List<Approval> areas, List<Approval> districts) {

    public ProviderApprovals {
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
    }
}

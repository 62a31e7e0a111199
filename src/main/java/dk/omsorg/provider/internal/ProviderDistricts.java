package dk.omsorg.provider.internal;

import dk.omsorg.citizen.District;
import dk.omsorg.citizen.DistrictDirectory;
import org.springframework.stereotype.Component;

import java.util.List;

/** The districts of providers.yaml, for the citizen module. */
@Component
class ProviderDistricts implements DistrictDirectory {

    private final ProviderTables tables;

    ProviderDistricts(ProviderTables tables) {
        this.tables = tables;
    }

    @Override
    public List<District> inMunicipality(int municipalityId) {
        return tables.districts(municipalityId);
    }
}

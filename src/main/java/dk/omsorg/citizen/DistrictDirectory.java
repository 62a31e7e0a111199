package dk.omsorg.citizen;

import java.util.List;
import java.util.Optional;

/**
 * The municipality's districts, provided by the module that owns the district list (providers), so
 * that the citizen module can check a district without depending on it.
 */
public interface DistrictDirectory {

    /** The municipality's districts in force, by name. */
    List<District> inMunicipality(int municipalityId);

    default Optional<District> find(int municipalityId, String code) {
        return inMunicipality(municipalityId).stream().filter(d -> d.code().equals(code)).findFirst();
    }
}

package dk.omsorg.catalog;

import dk.omsorg.catalog.internal.LoadedCatalogs;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The municipalities' quality-standard catalogues, as loaded from the policy files at start.
 * Reference data: not citizen data, so reads are not audited.
 */
@Service
public class Catalogs {

    private final LoadedCatalogs loaded;

    Catalogs(LoadedCatalogs loaded) {
        this.loaded = loaded;
    }

    /** The version in force in the municipality on {@code on}. */
    public Optional<Catalog> inForce(int municipalityId, LocalDate on) {
        return loaded.of(municipalityId).stream().filter(c -> c.covers(on)).findFirst();
    }

    /** All the municipality's versions, oldest first. */
    public List<Catalog> versions(int municipalityId) {
        return loaded.of(municipalityId);
    }

    /** An intervention of the catalogue by its code. */
    public Optional<Intervention> intervention(Catalog catalog, String code) {
        return code == null ? Optional.empty() : catalog.intervention(code.strip());
    }
}

package dk.omsorg.catalog.internal;

import java.util.List;

/**
 * Catalogue files that cannot be used; the application refuses to start with them. Each problem
 * names the file, the line (when known), the entry (area or intervention code) and the field.
 */
public final class CatalogFileException extends RuntimeException {

    private final List<String> problems;

    CatalogFileException(List<String> problems) {
        super(problems.size() == 1 ? "Invalid catalogue file " + problems.get(0)
                : "Invalid catalogue files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** "253-greve/catalog-2022.yaml, line 57, entry 'rh-bad', field areas[1].interventions[0].criteria.all[0].state: …" */
    public List<String> problems() {
        return problems;
    }
}

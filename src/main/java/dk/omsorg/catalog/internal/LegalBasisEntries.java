package dk.omsorg.catalog.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.catalog.LegalBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The {@code legalBases} list of an area or intervention in a catalogue file (docs/catalog-format.md):
 * each basis with its period and, where the law divides by age, the citizens it applies to. Kept out
 * of {@link CatalogFiles}, which reads everything else.
 */
final class LegalBasisEntries {

    private LegalBasisEntries() {
    }

    /** One entry as written. */
    static final class Entry {
        @JsonProperty String basis;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty LegalBasis.Citizens citizens;
    }

    /**
     * Validates the entries; every problem goes to {@code problem} (path, message) and the entry is left out.
     *
     * @param at the list's path, e.g. {@code areas[2].legalBases}
     */
    static List<LegalBasis> read(String at, List<Entry> entries, BiConsumer<String, String> problem) {
        List<LegalBasis> bases = new ArrayList<>();
        if (entries == null) {
            return bases;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String eat = at + "[" + i + "]";
            if (e == null) {
                problem.accept(eat, "is empty");
                continue;
            }
            boolean ok = true;
            if (e.basis == null || e.basis.isBlank()) {
                problem.accept(eat + ".basis", "is required, e.g. \"Ældreloven § 10\"");
                ok = false;
            }
            if (e.validFrom == null) {
                problem.accept(eat + ".validFrom", "is required (the first day the basis applies)");
                ok = false;
            } else if (e.validTo != null && e.validTo.isBefore(e.validFrom)) {
                problem.accept(eat + ".validTo", "is before validFrom");
                ok = false;
            }
            if (ok) {
                bases.add(new LegalBasis(e.basis.strip(), e.validFrom, e.validTo, e.citizens));
            }
        }
        return bases;
    }
}

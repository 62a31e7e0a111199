package dk.omsorg.assessment;

import java.util.UUID;

/**
 * One FSIII concept: an area, a functional-ability state (funktionsevnetilstand) or a health
 * condition (helbredstilstand).
 *
 * @param code       KL's UUID code, what the KL Gateway expects
 * @param legacyCode KL's pre-UUID code, e.g. {@code J1.1}, {@code I12.2} or {@code Spise_og_drikke}
 * @param parentCode the area of a state or condition; null for an area
 * @param current    false for concepts retired by KL's 2024 simplification: kept so that older
 *                   assessments keep their meaning, but not allowed in new ones
 * @param sortOrder  position within the parent (or among the areas)
 */
public record FsiiiConcept(UUID code, FsiiiKind kind, String name, String definition, String legacyCode,
                           UUID parentCode, boolean current, int sortOrder) {

    public boolean is(FsiiiKind other) {
        return kind == other;
    }

    /** "Indkøb (J2.4)": how a code is named in an error message. */
    public String label() {
        return name + " (" + legacyCode + ")";
    }
}

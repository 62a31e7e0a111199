package dk.omsorg.catalog;

import java.util.UUID;

/**
 * An FSIII code named in a catalogue file, resolved against KL's reference data when the file was
 * loaded.
 *
 * @param code       the code as the file writes it (legacy code such as {@code J4.1}, or a UUID)
 * @param uuid       KL's UUID code
 * @param legacyCode KL's legacy code, e.g. {@code J4.1}, {@code H1.7} or {@code Personlig_pleje}
 * @param current    false for a functional-ability state retired by KL's 2024 simplification
 * @param successor  for a retired state: the current state whose score it is read from
 *                   ({@code reference/fsiii-successors.yaml}); null when current or when the state
 *                   has no successor (then no assessment can meet a criterion on it)
 */
public record FsiiiRef(String code, UUID uuid, String legacyCode, String name, boolean current, FsiiiRef successor) {

    /**
     * The name a caseworker reads, e.g. "Anvende kommunikationsudstyr og -teknikker (udgået;
     * vurderes på Kommunikation)".
     */
    public String label() {
        if (current) {
            return name;
        }
        return successor == null ? name + " (udgået; kan ikke vurderes i en ny vurdering)"
                : name + " (udgået; vurderes på " + successor.name() + ")";
    }

    /** The state whose score a criterion on this state reads: itself when current, else its successor. */
    public FsiiiRef scoredOn() {
        return current ? this : successor;
    }
}

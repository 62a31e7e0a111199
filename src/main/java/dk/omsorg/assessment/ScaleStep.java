package dk.omsorg.assessment;

import java.util.UUID;

/**
 * One step of the FSIII functional-ability scale (Funktionsevne skalering).
 *
 * @param score      0–4, or 9 for "Ikke relevant"
 * @param legacyCode B1 … B6
 * @param label      the Danish label, e.g. "Moderate begrænsninger"
 */
public record ScaleStep(int score, UUID code, String legacyCode, String label, String definition) {

    public static final int NOT_RELEVANT = 9;

    /** Scores 0–4 measure limitation; 9 says the state was considered and found not relevant. */
    public boolean comparable() {
        return score != NOT_RELEVANT;
    }
}

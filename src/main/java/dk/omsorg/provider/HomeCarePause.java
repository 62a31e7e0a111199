package dk.omsorg.provider;

import java.time.LocalDate;

/**
 * A citizen's home care pauses or resumes from {@code on} (a stay in a temporary or interval place, a hospital stay):
 * the providers delivering the citizen's grants are to be told. Published in the caller's transaction; the notice
 * module writes the notices (once per source, provider and grant), so the callers do not depend on it.
 *
 * @param source     what caused it, unique per end, e.g. "stay:17:paused" or "hospital:42"
 * @param caseworker the user the providers' replies go to; null when none
 */
public record HomeCarePause(boolean resumes, int municipalityId, long citizenId, String source, LocalDate on,
                            String caseworker) {
}

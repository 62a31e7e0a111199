package dk.omsorg.citizen;

import java.time.LocalDate;

/**
 * A citizen's death was recorded (once: a second report publishes nothing). Published in the recording transaction, so
 * what follows (the decision module ends the grants the day after the death) is stored with it or not at all.
 *
 * @param caseworker the caseworker who confirmed it; null when it came from the hospital
 */
public record CitizenDied(int municipalityId, long citizenId, LocalDate diedOn, DeathSource source, String caseworker) {
}

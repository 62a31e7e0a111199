package dk.omsorg.journal;

import dk.omsorg.shared.DanishTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One journal note as a reader sees it.
 *
 * @param providerId     the provider whose staff wrote it; null for the authority's notes
 * @param link           what it is about, or null for the citizen in general
 * @param correctsNoteId the earlier note this one corrects, or null
 * @param corrects       that earlier note's heading and day, when the reader may see it
 * @param correctedBy    the ids of later notes (visible to the reader) that correct this one
 */
public record JournalNote(long id, long citizenId, String heading, String text, String authorUsername,
                          AuthorKind authorKind, Long providerId, String providerName, Instant writtenAt, NoteLink link,
                          boolean sharedWithProviders, Long correctsNoteId, Corrected corrects, List<Long> correctedBy,
                          int version) {

    /** The heading and time of a note another one corrects. */
    public record Corrected(long id, String heading, Instant writtenAt) {
    }

    /** The Danish day it was written. */
    public LocalDate writtenOn() {
        return LocalDate.ofInstant(writtenAt, DanishTime.ZONE);
    }

    /**
     * Whether its heading and text may still be changed on {@code today}: only on the day it was written (seed 002:
     * the journal documents what happened; a later change is a new note that corrects it).
     */
    public boolean changeableOn(LocalDate today) {
        return writtenOn().equals(today);
    }

    /** Whether this user may change it today: its author, on its day. */
    public boolean changeableBy(String username, LocalDate today) {
        return authorUsername.equals(username) && changeableOn(today);
    }
}

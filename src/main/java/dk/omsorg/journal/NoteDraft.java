package dk.omsorg.journal;

/**
 * A note to write. {@code sharedWithProviders} only for the authority's notes.
 *
 * @param correctsNoteId the note this one corrects, or null
 */
public record NoteDraft(String heading, String text, NoteLink link, boolean sharedWithProviders, Long correctsNoteId) {
}

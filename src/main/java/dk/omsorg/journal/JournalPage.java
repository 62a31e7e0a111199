package dk.omsorg.journal;

import java.util.List;

/** A page of a citizen's journal, newest first; {@code page} counts from 0. */
public record JournalPage(long citizenId, List<JournalNote> notes, JournalQuery query, int page, int size,
                          boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}

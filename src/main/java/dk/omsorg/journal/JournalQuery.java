package dk.omsorg.journal;

import java.time.LocalDate;

/**
 * A search in one citizen's journal: words in the heading or text (case-insensitive), the days written (both
 * included), and the page (from 0), newest first. Empty parts match everything.
 */
public record JournalQuery(String text, LocalDate from, LocalDate to, int page) {

    public static JournalQuery all() {
        return new JournalQuery(null, null, null, 0);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public boolean filtered() {
        return hasText() || from != null || to != null;
    }
}

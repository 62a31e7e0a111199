package dk.omsorg.journal;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** The rules of a note's heading and text, and of a search; every broken rule named by its field at once. */
final class NoteRules {

    /** A heading is a line, as on a letter (seed 002: "med overskrift i forhold til, hvad justeringen handler om"). */
    static final int HEADING_LENGTH = 200;
    /** The text: several pages of writing; the bound every text of a request has. */
    static final int TEXT_LENGTH = InputLimits.TEXT_LENGTH;
    /** What one searches for is a few words. */
    static final int QUERY_LENGTH = 200;

    private NoteRules() {
    }

    static List<Violation> text(String heading, String text) {
        List<Violation> violations = new ArrayList<>();
        if (heading == null || heading.isBlank()) {
            violations.add(new Violation("heading", "journal.heading.required"));
        } else if (heading.strip().length() > HEADING_LENGTH) {
            violations.add(new Violation("heading", "journal.heading.tooLong", HEADING_LENGTH));
        } else if (heading.strip().contains("\n")) {
            violations.add(new Violation("heading", "journal.heading.oneLine"));
        }
        if (text == null || text.isBlank()) {
            violations.add(new Violation("text", "journal.text.required"));
        } else if (text.strip().length() > TEXT_LENGTH) {
            violations.add(new Violation("text", "journal.text.tooLong", TEXT_LENGTH));
        }
        return violations;
    }

    static void check(JournalQuery query) {
        List<Violation> violations = new ArrayList<>();
        if (query.hasText() && query.text().strip().length() > QUERY_LENGTH) {
            violations.add(new Violation("q", "journal.query.tooLong", QUERY_LENGTH));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            violations.add(new Violation("to", "journal.query.toBeforeFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** An ILIKE pattern that finds the words as typed: %, _ and \ match themselves. */
    static String pattern(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

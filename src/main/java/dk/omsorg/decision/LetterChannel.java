package dk.omsorg.decision;

import dk.omsorg.shared.InvalidInputException;

import java.util.Locale;

/**
 * How the decision letter is sent: by Digital Post or by paper post (brev med posten). The complaint deadline runs
 * from it (Ankestyrelsen: the letter's date by digital post, 6 weekdays later by paper post). Stored in
 * {@code decision.letter_channel}.
 */
public enum LetterChannel {
    DIGITAL, PAPER;

    /** Digital post when not given; a value of no known form is refused on {@code field}. */
    public static LetterChannel parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return DIGITAL;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "decision.letterChannel.unknown", text);
        }
    }
}

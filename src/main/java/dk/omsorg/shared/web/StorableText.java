package dk.omsorg.shared.web;

/**
 * Text that PostgreSQL can store as it was sent. PostgreSQL refuses the NUL character (0x00) in a text
 * column — a NUL that reached the database used to end as an unexpected error — and a lone UTF-16
 * surrogate (half of an emoji) cannot be encoded as UTF-8, so it was silently stored as "?". Both are
 * refused at the edge, by the JSON reader ({@link StrictJson}) and by form binding ({@link StorableTextForms}).
 */
final class StorableText {

    private StorableText() {
    }

    /** Whether the text holds a NUL or a surrogate without its other half. */
    static boolean unstorable(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

package dk.omsorg.decision;

/** Small text helpers for input. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

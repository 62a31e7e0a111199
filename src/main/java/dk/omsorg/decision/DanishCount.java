package dk.omsorg.decision;

/**
 * Danish number agreement for what a letter counts: the singular only for exactly one ("1 minut", "2 minutter";
 * "1 gang", "2 gange"; "1 dag", "2 dage"), so no letter says "1 minutter".
 */
public final class DanishCount {

    private DanishCount() {
    }

    /** "1 minut", "25 minutter". */
    public static String minutes(int n) {
        return n + (n == 1 ? " minut" : " minutter");
    }

    /** "1 gang", "3 gange". */
    public static String times(int n) {
        return n + (n == 1 ? " gang" : " gange");
    }

    /** "1 dag", "14 dage". */
    public static String days(int n) {
        return n + (n == 1 ? " dag" : " dage");
    }
}

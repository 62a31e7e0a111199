package dk.omsorg.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of a follow-up: KL's FSIII code system "Resultat af opfølgning kommunal pleje og omsorg"
 * (shared/reference/CodeSystem-FSIII.json, group E), with KL's codes, ids and Danish names.
 */
public enum FollowUpResult {
    CONTINUE("E1", "9c90b0e5-9c0a-4b72-a18c-76cd6d6c6213", "Fortsættes"),
    CHANGE_WITHIN_FRAME("E2", "c6e71993-5d72-409a-8ab9-ecc094968635", "Ændres inden for rammen"),
    END("E3", "59753987-c38d-41c5-b201-0eeff3032fef", "Afsluttes"),
    REASSESS("E4", "61b9a5c2-2ea7-45ad-82b8-53cbb513290e", "Revisitation");

    private final String code;
    private final String fsiiiId;
    private final String danishName;

    FollowUpResult(String code, String fsiiiId, String danishName) {
        this.code = code;
        this.fsiiiId = fsiiiId;
        this.danishName = danishName;
    }

    public String code() {
        return code;
    }

    public String fsiiiId() {
        return fsiiiId;
    }

    public String danishName() {
        return danishName;
    }

    /** By name ("CONTINUE") or KL's code ("E1"), any case; empty for anything else. */
    public static Optional<FollowUpResult> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t) || r.code.equals(t)).findFirst();
    }
}

package dk.omsorg.shared;

import java.time.ZoneId;

/** The zone every date a caseworker sees is computed in. */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }
}

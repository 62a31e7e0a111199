package dk.omsorg.notice;

import java.util.Arrays;
import java.util.List;

/**
 * What a notice is about. To a provider (seed 002: "Myndigheden underretter … via advis … om bevilling
 * eller bevillingsændring"): a new grant, a changed grant, a grant that stops (an end set or moved
 * earlier, also a temporary grant's end), and a switch of provider (the old provider stops, the new
 * one starts). From a provider (seed 002: the provider "er forpligtiget til at orientere … om væsentlige
 * ændringer i borgerens tilstand … og dermed gøre opmærksom på, hvis indsatsen ikke kan leveres i
 * henhold til afgørelsen"; "Ved dødsfald stopper leverandøren indsatsen").
 */
public enum NoticeKind {
    NEW_GRANT(NoticeDirection.TO_PROVIDER),
    CHANGED_GRANT(NoticeDirection.TO_PROVIDER),
    STOPPED_GRANT(NoticeDirection.TO_PROVIDER),
    /** A temporary grant reaches its end soon: the provider stops then (seed 002 "Midlertidig indsats"). */
    TEMPORARY_GRANT_ENDING(NoticeDirection.TO_PROVIDER),
    SWITCH_OUT(NoticeDirection.TO_PROVIDER),
    SWITCH_IN(NoticeDirection.TO_PROVIDER),
    /** The citizen moves into a temporary or interval place: home care pauses from the move-in (issue 19). */
    PAUSED_GRANT(NoticeDirection.TO_PROVIDER),
    /** The citizen moves out of the temporary or interval place: home care resumes on the move-out day. */
    RESUMED_GRANT(NoticeDirection.TO_PROVIDER),
    CONDITION_CHANGED(NoticeDirection.FROM_PROVIDER),
    CANNOT_DELIVER(NoticeDirection.FROM_PROVIDER),
    DEATH(NoticeDirection.FROM_PROVIDER),
    /**
     * A care centre reports the minutes beyond the normal frame in a special case (seed 000: "Det er plejecenteret,
     * der giver Myndighed Ældre besked angående antal minutter ud over den normale bevilling/ramme").
     */
    EXTRA_MINUTES(NoticeDirection.FROM_PROVIDER),
    /**
     * A complicated discharge from hospital needs coordination (seed 002 "Udskrivelse fra sygehus": "Ved
     * komplicerede udskrivelser ... laves advis til Visitationen med overskriften 'koordinering'"); for the
     * discharge coordinator.
     */
    COORDINATION(NoticeDirection.FROM_PROVIDER);

    private final NoticeDirection direction;

    NoticeKind(NoticeDirection direction) {
        this.direction = direction;
    }

    public NoticeDirection direction() {
        return direction;
    }

    /** The provider must start delivering: tracked as a start deadline until it confirms the start. */
    public boolean startsHelp() {
        return this == NEW_GRANT || this == SWITCH_IN;
    }

    /** The kinds a provider may send. */
    public static List<NoticeKind> fromProvider() {
        return Arrays.stream(values()).filter(k -> k.direction == NoticeDirection.FROM_PROVIDER).toList();
    }
}

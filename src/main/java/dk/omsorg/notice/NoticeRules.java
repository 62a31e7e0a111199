package dk.omsorg.notice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which notice a provider gets for a grant in a new decision version, and the day it takes effect.
 * Seed 002: the authority informs the provider "om bevilling eller bevillingsændring"; at the end of a
 * temporary grant "stopper leverandøren leverancen", so an end set or moved earlier is a notice of its
 * own.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /**
     * @param before the grant in the version replaced; null when the grant is new
     * @param after  the grant as decided now
     * @return empty when nothing the provider acts on changed
     */
    public static Optional<NoticeKind> kindOf(GrantSnapshot before, GrantSnapshot after) {
        if (before == null) {
            return Optional.of(NoticeKind.NEW_GRANT);
        }
        if (after.end() != null && (before.end() == null || after.end().isBefore(before.end()))) {
            return Optional.of(NoticeKind.STOPPED_GRANT);
        }
        return after.changesFrom(before).isEmpty() ? Optional.empty() : Optional.of(NoticeKind.CHANGED_GRANT);
    }

    /**
     * The day the notice takes effect: a new grant's start; a change's effective day as decided (the day the
     * stored grant version, the letter, settlement and supervision use, so a back-dated change is back-dated here
     * too), or for an older snapshot without one its start, or the day decided when the grant already runs; a
     * stop's last day of help; a switch's first day with the new provider.
     */
    public static LocalDate effectiveOn(NoticeKind kind, GrantSnapshot after, LocalDate decidedOn, LocalDate switchFrom) {
        return switch (kind) {
            case NEW_GRANT -> after.start();
            case CHANGED_GRANT -> after.effectiveFrom() != null ? after.effectiveFrom()
                    : after.start().isAfter(decidedOn) ? after.start() : decidedOn;
            case STOPPED_GRANT, TEMPORARY_GRANT_ENDING -> after.end();
            case SWITCH_OUT, SWITCH_IN -> switchFrom;
            default -> throw new IllegalArgumentException(kind + " is not a notice about a grant");
        };
    }
}

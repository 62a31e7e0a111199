package dk.omsorg.notice;

import java.time.Duration;
import java.time.LocalDate;

/** What the inbox and the caseworker's lists show: a notice or a start with the citizen and the provider. */
public final class Views {

    private Views() {
    }

    /**
     * A notice with its citizen and provider.
     *
     * @param start   the start the notice asks for, if any
     * @param waiting how long it has waited for acknowledgement
     */
    public record NoticeLine(Notice notice, CitizenCard citizen, ProviderCard provider, GrantStart start,
                             Duration waiting) {

        /** "2 dage 3 timer", "45 minutter". */
        public String waitingText() {
            return Views.duration(waiting);
        }
    }

    /** A start deadline with its citizen, provider and status today. */
    public record StartLine(GrantStart start, CitizenCard citizen, ProviderCard provider, GrantStart.Status status) {

        public boolean breached() {
            return status == GrantStart.Status.OVERDUE || status == GrantStart.Status.STARTED_LATE;
        }
    }

    /**
     * A grant as its provider sees it.
     *
     * @param status ACTIVE, UPCOMING (from {@code from}), ENDED (on {@code until}), HANDED_OVER (to another
     *               provider from {@code until} + 1 day)
     */
    public record DeliveredGrant(GrantSnapshot grant, Status status, LocalDate from, LocalDate until, GrantStart start) {

        public enum Status {
            ACTIVE, UPCOMING, ENDED, HANDED_OVER
        }
    }

    /** A citizen as the provider may see it: contact data, the grants it delivers with goals, its notices. */
    public record ProviderCitizen(CitizenCard citizen, java.util.List<DeliveredGrant> grants,
                                  java.util.List<NoticeLine> notices, java.util.List<NoticeLine> sent) {
    }

    static String duration(Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            return "0 minutter";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " dag" : " dage") + (hours > 0 ? " " + hours + (hours == 1 ? " time" : " timer") : "");
        }
        if (hours > 0) {
            return hours + (hours == 1 ? " time" : " timer") + (minutes > 0 ? " " + minutes + " min." : "");
        }
        return minutes + (minutes == 1 ? " minut" : " minutter");
    }
}

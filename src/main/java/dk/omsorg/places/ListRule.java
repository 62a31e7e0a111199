package dk.omsorg.places;

import java.util.List;

/**
 * How a municipality runs one waiting list (places.yaml {@code lists}).
 *
 * @param interventions      the catalogue interventions whose grant puts the citizen on the list (seed 002: "Enhver
 *                           ansøgning om ophold i midlertidig bolig er en revisitation" — the decision comes first)
 * @param reviewDays         a review task when an entry has not been reviewed for this many days; null = none
 * @param removeOnAdmission  a hospital admission takes the citizen off the list (seed 002 asks to be told)
 * @param guarantee          the plejeboliggaranti; null where it does not apply (a specific list, other lists)
 * @param helpDecision       the task for the decision on help after moving in; null = none
 */
public record ListRule(WaitingList list, List<String> interventions, Integer reviewDays, boolean removeOnAdmission,
                       Guarantee guarantee, HelpDecision helpDecision) {

    /**
     * Serviceloven § 192 a / almenboligloven § 58 a: an offer at the latest {@code offerWithinMonths} after the list
     * date, ready to move into at the latest {@code moveInWithinWeeks} after the offer; a declined offer restarts
     * the months from the day the refusal was received. {@code warnDays}: the task to the leader this many days
     * before the offer-by date (policy, places.yaml; the law sets the deadline, not the warning).
     */
    public record Guarantee(int offerWithinMonths, int moveInWithinWeeks, int warnDays) {

        /** A guarantee whose task comes on the offer-by date itself. */
        public Guarantee(int offerWithinMonths, int moveInWithinWeeks) {
            this(offerWithinMonths, moveInWithinWeeks, 0);
        }

        /** The last day an offer may be made, counted from the list date or the day a refusal was received. */
        public java.time.LocalDate offerBy(java.time.LocalDate guaranteeFrom) {
            return guaranteeFrom.plusMonths(offerWithinMonths);
        }

        /** The last day the offered place may be ready to move into. */
        public java.time.LocalDate readyBy(java.time.LocalDate guaranteeFrom) {
            return offerBy(guaranteeFrom).plusWeeks(moveInWithinWeeks);
        }

        /** The day the task before the offer-by date is asked for. */
        public java.time.LocalDate warnFrom(java.time.LocalDate guaranteeFrom) {
            return offerBy(guaranteeFrom).minusDays(warnDays);
        }
    }

    /** Seed 002: the decision on help in the nursing home between {@code fromWeeks} and {@code toWeeks} after moving in. */
    public record HelpDecision(int fromWeeks, int toWeeks) {
    }
}

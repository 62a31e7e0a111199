package dk.omsorg.notice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Seed 002 (Esbjerg, procedure between the assessment unit and the providers): "Hvis afgørelsen sendes
 * til leverandøren efter kl. 14.30 og skal iværksættes samme dag, underrettes leverandøren via telefon."
 * A notice that starts help (a new grant, a switch to the provider) or changes it (not a minor
 * adjustment) on or before the day it is sent, sent after the municipality's time, is urgent: the
 * caseworker phones the provider. The time is policy data per municipality, with the day it applies from
 * ({@code policy/<code>-<name>/notice.yaml}, key {@code sameDayPhone}).
 *
 * @param phoneAfter notices sent after this time of day (Danish time), not at it, are urgent
 */
public record SameDayPhoneRule(LocalTime phoneAfter) {

    public SameDayPhoneRule {
        Objects.requireNonNull(phoneAfter, "phoneAfter");
    }

    /**
     * @param effectiveOn the day the notice takes effect ({@link NoticeRules#effectiveOn})
     * @param sentAt      when the notice is sent, in Danish time
     */
    public boolean urgent(NoticeKind kind, boolean minorAdjustment, LocalDate effectiveOn, ZonedDateTime sentAt) {
        boolean putIntoEffect = kind.startsHelp() || (kind == NoticeKind.CHANGED_GRANT && !minorAdjustment);
        return putIntoEffect && effectiveOn != null && !effectiveOn.isAfter(sentAt.toLocalDate())
                && sentAt.toLocalTime().isAfter(phoneAfter);
    }
}

package dk.omsorg.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A grant whose delivered (or planned) time deviated from the granted time outside the municipality's
 * {@link ReassessmentRule} for more than the minimum days: a task for the responsible caseworker, who adjusts the
 * grant, keeps it with a reason, or plans a reassessment visit (seed 002, løbende justering/revisitation).
 *
 * @param direction        1 when more time was used than granted, -1 when less
 * @param firstDay         the first day whose trailing week was outside the rule
 * @param lastDay          the last such day seen by a scan so far
 * @param changePerWeek    average change per week over the days outside the rule, in minutes
 * @param thresholds       PERCENT, MINUTES_PER_DELIVERY and/or MINUTES_PER_WEEK, DURATION
 * @param citizenName      for display; the read of the flag is audited
 * @param frequency        the grant's frequency as its letter writes it, e.g. "hver 3. uge i dagvagten"
 */
public record ReassessmentFlag(long id, int municipalityId, long citizenId, String citizenName, UUID grantKey,
                               int grantVersionNo, long decisionId, String caseworker, int direction, String basis,
                               LocalDate firstDay, LocalDate lastDay, int daysLasted, int grantedMinutesPerWeek,
                               int deliveriesPerWeek, BigDecimal changePerWeek, BigDecimal changePerDelivery,
                               BigDecimal deviationPercent, List<String> thresholds, String ruleText, Status status,
                               String resolutionNote, Long resolvedDecisionId, LocalDate visitOn, Instant resolvedAt,
                               String resolvedBy, Instant raisedAt, int version, String interventionName,
                               int minutesPerDelivery, String frequency) {

    public enum Status { OPEN, ADJUSTED, KEPT, VISIT_PLANNED }

    public boolean increase() {
        return direction > 0;
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** The minutes per delivery the deviation suggests: granted plus the average change, at least 1. */
    public int suggestedMinutesPerDelivery() {
        return Math.max(1, changePerDelivery.add(BigDecimal.valueOf(minutesPerDelivery))
                .setScale(0, java.math.RoundingMode.HALF_UP).intValue());
    }

    /** One week of evidence: granted, planned and delivered minutes, visits not delivered, days of absence. */
    public record Week(LocalDate monday, int granted, int planned, int delivered, int notDelivered, int absentDays,
                       BigDecimal deviationPercent) {
    }
}

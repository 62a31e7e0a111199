package dk.omsorg.bpa;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The BPA calculations, pure. Seed 001 § 96: the subsidy is computed "på grundlag af antal bevilgede timer pr. døgn og
 * ud fra kommunens lønpolitik"; the follow-up is "som udgangspunkt 1 gang om året"; a full helper team not kept "over
 * 6 uger" is reported to the authority.
 */
public final class BpaBudget {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BpaBudget() {
    }

    /**
     * One budget year's amount, from {@code start} for one year: each day costs hours × the rate in force that day plus
     * the administration percentage, so a year spanning two rates uses each for its days. Rounded once, half up, to the
     * øre.
     *
     * @param periods the parts of the year under one rate each (for the page)
     */
    public record Year(LocalDate start, LocalDate end, Money total, List<Period> periods) {
    }

    public record Period(LocalDate from, LocalDate to, long days, Money hourlyRate, BigDecimal administrationPercent,
                         Money amount) {
    }

    public static void checkHours(BigDecimal hoursPerDay) {
        if (hoursPerDay == null) {
            throw new InvalidInputException("hoursPerDay", "bpa.required");
        }
        if (hoursPerDay.signum() < 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0 || hoursPerDay.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("hoursPerDay", "bpa.hours.range");
        }
    }

    public static Year year(BpaPolicy policy, BigDecimal hoursPerDay, LocalDate start) {
        checkHours(hoursPerDay);
        LocalDate end = start.plusYears(1).minusDays(1);
        List<Period> periods = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate day = start;
        while (!day.isAfter(end)) {
            LocalDate from = day;
            BpaPolicy.Rate rate = policy.rateOn(day).orElseThrow(
                    () -> new InvalidInputException("startDate", "bpa.rate.missing", from.toString()));
            LocalDate to = rate.validTo() == null || rate.validTo().isAfter(end) ? end : rate.validTo();
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            BigDecimal amount = hoursPerDay.multiply(BigDecimal.valueOf(days))
                    .multiply(BigDecimal.valueOf(rate.hourlyRate().ore()))
                    .multiply(HUNDRED.add(rate.administrationPercent())).divide(HUNDRED);
            periods.add(new Period(from, to, days, rate.hourlyRate(), rate.administrationPercent(),
                    new Money(amount.setScale(0, RoundingMode.HALF_UP).longValueExact())));
            total = total.add(amount);
            day = to.plusDays(1);
        }
        return new Year(start, end, new Money(total.setScale(0, RoundingMode.HALF_UP).longValueExact()), List.copyOf(periods));
    }

    /** The next yearly follow-up after {@code start} on {@code today}: start + n × the policy's months, not before today. */
    public static LocalDate nextFollowUp(BpaPolicy policy, LocalDate start, LocalDate today) {
        LocalDate next = start.plusMonths(policy.followUpMonths());
        for (int n = 2; next.isBefore(today); n++) {
            next = start.plusMonths((long) policy.followUpMonths() * n);
        }
        return next;
    }

    /** A team not kept since {@code from} is flagged when more than the policy's weeks have passed by {@code today}. */
    public static boolean teamReportFlagged(BpaPolicy policy, LocalDate from, LocalDate today) {
        return from != null && today.isAfter(from.plusWeeks(policy.teamNotKeptWeeks()));
    }
}

package dk.omsorg.inquiry;

import java.time.LocalDate;

/** How a case stands against its deadline, as the caseworker's queue marks it. */
public enum DeadlineUrgency {
    OVERDUE,
    DUE_WITHIN_7_DAYS,
    ON_TRACK;

    /** Days before the deadline a case is marked as due soon. */
    static final int DUE_SOON_DAYS = 7;

    public static DeadlineUrgency of(LocalDate deadline, LocalDate today) {
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        return deadline.isAfter(today.plusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_WITHIN_7_DAYS;
    }
}

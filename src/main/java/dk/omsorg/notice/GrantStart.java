package dk.omsorg.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant's start with its provider, tracked from the notice that tells the provider to start until
 * the provider confirms the day it started.
 *
 * @param dueOn        the start deadline ({@link StartDeadlineRule})
 * @param deadlineText the quality standard's own words; null when it sets no deadline
 * @param cancelled    the grant stopped, or switched to another provider, before it started
 */
public record GrantStart(long id, int municipalityId, long citizenId, long providerId, UUID grantKey, long noticeId,
                         String interventionName, LocalDate grantStart, LocalDate dueOn, String deadlineText,
                         LocalDate startedOn, Instant confirmedAt, String confirmedBy, boolean cancelled) {

    public boolean started() {
        return startedOn != null;
    }

    public Status status(LocalDate today) {
        if (cancelled) {
            return Status.CANCELLED;
        }
        if (started()) {
            return startedOn.isAfter(dueOn) ? Status.STARTED_LATE : Status.STARTED;
        }
        return today.isAfter(dueOn) ? Status.OVERDUE : Status.WAITING;
    }

    /** Whether the deadline was or is broken: not started by the due day, or started after it. */
    public boolean breached(LocalDate today) {
        Status status = status(today);
        return status == Status.OVERDUE || status == Status.STARTED_LATE;
    }

    public enum Status {
        WAITING, OVERDUE, STARTED, STARTED_LATE, CANCELLED
    }
}

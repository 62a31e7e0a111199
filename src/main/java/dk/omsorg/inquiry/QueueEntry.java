package dk.omsorg.inquiry;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a coordinator's or caseworker's queue. */
public record QueueEntry(long inquiryId, long citizenId, String citizenName, String cprNumber, InquirySource source,
                         String request, String legalBasis, Priority priority, Instant receivedAt, LocalDate deadline,
                         LocalDate effectiveDeadline, InquiryStatus status, String assignedTo, String assignedToName,
                         DeadlineUrgency urgency) {

    /** {@code DDMMYY-SSSS}. */
    public String formattedCpr() {
        return cprNumber.substring(0, 6) + "-" + cprNumber.substring(6);
    }
}

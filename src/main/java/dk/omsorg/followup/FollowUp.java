package dk.omsorg.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One follow-up (opfølgning) of a grant, due on a day under one rule, for the responsible caseworker; OPEN until
 * completed with its FSIII result, or CANCELLED when the grant changed so that the rule no longer applies.
 */
public record FollowUp(long id, int municipalityId, long citizenId, long decisionId, UUID grantKey,
                       String interventionName, RuleKind rule, String ruleSource, LocalDate baseOn,
                       Integer intervalMonths, LocalDate dueOn, String caseworker, Status status, FollowUpResult result,
                       String note, LocalDate completedOn, Instant completedAt, String completedBy, Long previousId,
                       int version, Instant createdAt, String createdBy, Instant modifiedAt, String modifiedBy) {

    public enum Status {
        OPEN, COMPLETED, CANCELLED
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}

package dk.omsorg.klgateway.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What one citizen's delivery report is made of, as read from the database. */
record ReportFacts(long citizenId, String cprNumber, Optional<Assessed> assessment, List<Granted> grants,
                   List<Delivered> visits, List<FollowedUp> followUps, boolean deceased) {

    /** A citizen not recorded dead by the period's end. */
    ReportFacts(long citizenId, String cprNumber, Optional<Assessed> assessment, List<Granted> grants,
                List<Delivered> visits, List<FollowedUp> followUps) {
        this(citizenId, cprNumber, assessment, grants, visits, followUps, false);
    }

    /** The latest assessment on or before the period's last day. */
    record Assessed(long id, LocalDate assessedOn, List<Scored> scores, List<UUID> notedHealthConditions) {
    }

    /** A functional-ability state's score 0–4/9 and its expected level 0–4 (null when not recorded). */
    record Scored(UUID state, int score, Integer expectedLevel) {
    }

    /**
     * A grant of a current decision whose catalogue intervention reports as an FSIII intervention.
     *
     * @param fsiiiCode       the FSIII level-2 intervention (KL's UUID)
     * @param addressedStates the functional-ability states the intervention's criteria are scored on
     */
    record Granted(UUID grantKey, String interventionCode, String interventionName, UUID fsiiiCode,
                   LocalDate startOn, LocalDate endOn, Set<UUID> addressedStates) {
    }

    /** A visit delivered (not a visit that did not happen). */
    record Delivered(long id, UUID grantKey, LocalDate visitDate, LocalTime startTime) {
    }

    /** A completed follow-up of a grant, with its result (FollowUpResult's name). */
    record FollowedUp(long id, UUID grantKey, LocalDate completedOn, String result) {
    }
}

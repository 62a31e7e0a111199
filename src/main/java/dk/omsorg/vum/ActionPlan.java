package dk.omsorg.vum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handleplan (serviceloven § 141) for one course (forløb): 1–2 concrete, measurable goals (seed 001, § 82 a/b
 * aftaleark), review dates, and whether the citizen accepted the plan offered. Every change is a new version;
 * {@code versions} holds all of them, oldest first, the last being the current one.
 */
public record ActionPlan(long id, long citizenId, int municipalityId, Long vumAssessmentId, List<Version> versions) {

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public enum Response { ACCEPTED, DECLINED }

    /** A goal: what is to be reached, how it is measured, and by when it is expected. */
    public record Goal(String text, String measure, LocalDate expectedBy) {
    }

    public record Version(int version, String course, List<Goal> goals, List<LocalDate> reviewDates,
                          LocalDate offeredOn, Response response, LocalDate respondedOn, Instant createdAt,
                          String createdBy) {
    }

    /** What a caseworker enters for a new plan or a new version of one. */
    public record Draft(Long vumAssessmentId, String course, List<Goal> goals, List<LocalDate> reviewDates,
                        LocalDate offeredOn, Response response, LocalDate respondedOn) {
    }
}

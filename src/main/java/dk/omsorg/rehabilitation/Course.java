package dk.omsorg.rehabilitation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A § 83 a course as followed through: the course grant's frame, its owner and contact person, package level, IPPA,
 * the FSIII states of its goals, evaluations and notes.
 *
 * @param decisionId the current decision version holding the course grant
 * @param ownerUser  the course owner (forløbsansvarlig); null while the therapists' team owns it
 * @param version    for stale forms (409)
 */
public record Course(long id, int municipalityId, long citizenId, String citizenName, UUID grantKey, long decisionId,
                     String interventionCode, String interventionName, String goals, Long providerId,
                     String providerName, LocalDate start, LocalDate end, LocalDate midwayEvaluation,
                     LocalDate finalEvaluation, BigDecimal visitsPerWeek, PackageLevel level,
                     CourseOwnerKind ownerKind, String ownerUser, String contactPerson, String contactPhone,
                     LocalDate closedOn, int version, List<GoalState> goalStates, List<Ippa.Problem> ippa,
                     List<CourseEvaluation> evaluations, List<Note> notes) {

    /** An FSIII function-ability state the course aims at, with its state (0–4) at the start and at the end. */
    public record GoalState(int position, UUID stateCode, String stateName, Integer startState, Integer endState) {

        /** start − end: a lower FSIII state is less limitation, so positive = improvement; null until both. */
        public Integer change() {
            return startState == null || endState == null ? null : startState - endState;
        }
    }

    public record Note(long id, String text, Instant writtenAt, String writtenBy, boolean writtenByProvider) {
    }

    public boolean closed() {
        return closedOn != null;
    }

    public BigDecimal ippaStart() {
        return Ippa.startScore(ippa);
    }

    public BigDecimal ippaEnd() {
        return Ippa.endScore(ippa);
    }

    public BigDecimal ippaChange() {
        return Ippa.change(ippa);
    }

    /** The sum of the goal states' changes; null when no goal has both states. */
    public Integer fsiiiChange() {
        List<Integer> changes = goalStates.stream().map(GoalState::change).filter(java.util.Objects::nonNull).toList();
        return changes.isEmpty() ? null : changes.stream().mapToInt(Integer::intValue).sum();
    }

    /** The evaluation day of {@code kind} as planned now. */
    public LocalDate due(EvaluationKind kind) {
        return kind == EvaluationKind.MIDWAY ? midwayEvaluation : finalEvaluation;
    }

    /** The evaluation of {@code kind} for its current day, if filled. */
    public java.util.Optional<CourseEvaluation> evaluation(EvaluationKind kind) {
        return evaluations.stream().filter(e -> e.kind() == kind && e.due().equals(due(kind))).findFirst();
    }
}

package dk.omsorg.decision;

import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.RehabilitationCourse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The frame of a § 83 a rehabilitation course (seed 004: 13-week courses with a mid-way and a final
 * evaluation): when it ends and when it is evaluated.
 *
 * @param end                the course's last day
 * @param midwayEvaluation   the planned mid-way evaluation
 * @param finalEvaluation    the planned final evaluation
 */
public record CoursePlan(LocalDate end, LocalDate midwayEvaluation, LocalDate finalEvaluation) {

    /** The length of a course when the catalogue gives none: "typically ≤ 3 months / 13 weeks" (glossary). */
    static final int DEFAULT_WEEKS = 13;

    /**
     * Plans a course starting on {@code start}. Without an end it runs its full length: the
     * catalogue's {@code maxWeeks} (ending the day before the same weekday), and never past the
     * area's max duration. The evaluations are {@code start} plus the catalogue's evaluation weeks;
     * where the catalogue gives none (Greve 2022 does not), the mid-way evaluation is half-way
     * through and the final one on the last day. An evaluation that would fall after the course has
     * ended is moved to within it.
     */
    public static CoursePlan of(RehabilitationCourse course, MaxDuration maxDuration, LocalDate start, LocalDate end) {
        LocalDate last = end;
        if (last == null) {
            int weeks = course != null && course.maxWeeks() != null ? course.maxWeeks() : DEFAULT_WEEKS;
            last = start.plusWeeks(weeks).minusDays(1);
            if (maxDuration != null && maxDuration.latestEnd(start).isBefore(last)) {
                last = maxDuration.latestEnd(start);
            }
        }
        LocalDate halfway = start.plusDays(ChronoUnit.DAYS.between(start, last) / 2);
        LocalDate midway = course != null && course.midwayEvaluationWeek() != null
                ? start.plusWeeks(course.midwayEvaluationWeek()) : halfway;
        LocalDate finalEvaluation = course != null && course.finalEvaluationWeek() != null
                ? start.plusWeeks(course.finalEvaluationWeek()) : last;
        if (finalEvaluation.isAfter(last)) {
            finalEvaluation = last;
        }
        if (!midway.isBefore(finalEvaluation)) {
            midway = halfway;
        }
        return new CoursePlan(last, midway, finalEvaluation);
    }

    /**
     * The subject key of a course's evaluation task due on {@code day} (task module: one task per key), so the module
     * that holds the evaluation form can close the task this module opened.
     */
    public static String evaluationTaskKey(boolean finalEvaluation, java.util.UUID grantKey, LocalDate day) {
        return (finalEvaluation ? "course-final" : "course-midway") + ":" + grantKey + ":" + day;
    }

    /** The page a course's evaluation task opens: the course, found by its grant (rehabilitation module). */
    public static String evaluationTaskLink(java.util.UUID grantKey, boolean finalEvaluation) {
        return "/courses/grant/" + grantKey + "?evaluation=" + (finalEvaluation ? "FINAL" : "MIDWAY");
    }
}

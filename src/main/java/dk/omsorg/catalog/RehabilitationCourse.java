package dk.omsorg.catalog;

/** The frame of a § 83 a rehabilitation course: its length and when it is evaluated. */
public record RehabilitationCourse(Integer maxWeeks, Integer midwayEvaluationWeek, Integer finalEvaluationWeek) {
}

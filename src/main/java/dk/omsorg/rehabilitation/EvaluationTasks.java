package dk.omsorg.rehabilitation;

import dk.omsorg.decision.CoursePlan;

/** The evaluation tasks the decision module opens for a course, as this module closes and re-owns them. */
final class EvaluationTasks {

    private EvaluationTasks() {
    }

    static String subjectKey(Course course, EvaluationKind kind) {
        return CoursePlan.evaluationTaskKey(kind == EvaluationKind.FINAL, course.grantKey(), course.due(kind));
    }

    static String link(Course course) {
        return "/courses/" + course.id();
    }

    /** The same title as the decision module's request, so a repeated request changes only the owner. */
    static String title(EvaluationKind kind, Course course) {
        return (kind == EvaluationKind.MIDWAY ? "Evaluering midtvejs: " : "Slutevaluering: ") + course.interventionName();
    }
}

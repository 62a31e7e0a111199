package dk.omsorg.decision;

import dk.omsorg.decision.internal.DecisionRepository;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A § 83 a course's mid-way and final evaluation (seed 004) as two tasks in the work queue (opgaver), for the
 * caseworker who decided the course, due on the planned days ({@link CoursePlan}). Runs synchronously on
 * {@link DecisionMade}, in the decision's own transaction, so the event publication registry delivers the tasks
 * exactly when the decision commits. A change that moves an evaluation (a new end, a stop) cancels the task for the
 * old day and requests one for the new day — except a day already passed when the change is made; a course left out
 * of the new version has its tasks cancelled. The subject key names the day, so each round is a task of its own.
 * The task opens the course (rehabilitation module), where the evaluation form is filled; saving it closes the task.
 */
@Component
class CourseEvaluationTasks {

    static final String SYSTEM = "system";
    /** A decision without a recorded caseworker: the caseworkers' team evaluates. */
    static final String TEAM = "CASEWORKER";

    private final DecisionRepository decisions;
    private final ApplicationEventPublisher events;

    CourseEvaluationTasks(DecisionRepository decisions, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.events = events;
    }

    @EventListener
    void on(DecisionMade event) {
        Decision decision = decisions.find(event.decisionId()).orElse(null);
        if (decision == null) {
            return;
        }
        Map<java.util.UUID, Grant> before = event.supersedesDecisionId() == null ? Map.of()
                : decisions.find(event.supersedesDecisionId()).map(d -> d.grants().stream()
                        .filter(Grant::rehabilitationCourse)
                        .collect(Collectors.toMap(Grant::grantKey, Function.identity()))).orElse(Map.of());
        for (Grant grant : decision.grants()) {
            Grant previous = before.get(grant.grantKey());
            if (grant.carriedOver() || (grant.course() == null && previous == null)) {
                continue;
            }
            CoursePlan was = previous == null ? null : previous.course();
            CoursePlan now = grant.course();
            for (Evaluation evaluation : Evaluation.values()) {
                LocalDate old = was == null ? null : evaluation.day(was);
                LocalDate due = now == null ? null : evaluation.day(now);
                if (Objects.equals(old, due)) {
                    continue;
                }
                if (old != null) {
                    events.publishEvent(new TaskWorkCancelled(decision.municipalityId(), TaskKind.COURSE_EVALUATION,
                            evaluation.subjectKey(grant, old), SYSTEM));
                }
                if (due != null && (previous == null || !due.isBefore(decision.decidedOn()))) {
                    request(decision, grant, evaluation, due);
                }
            }
        }
        // a course left out of the new version: nothing more to evaluate
        before.values().stream().filter(g -> decision.grant(g.grantKey()).isEmpty()).forEach(g -> {
            for (Evaluation evaluation : Evaluation.values()) {
                events.publishEvent(new TaskWorkCancelled(decision.municipalityId(), TaskKind.COURSE_EVALUATION,
                        evaluation.subjectKey(g, evaluation.day(g.course())), SYSTEM));
            }
        });
    }

    private void request(Decision decision, Grant grant, Evaluation evaluation, LocalDate due) {
        String owner = decision.createdBy();
        events.publishEvent(new TaskRequested(decision.municipalityId(), decision.citizenId(), TaskKind.COURSE_EVALUATION,
                evaluation.subjectKey(grant, due), evaluation.title + grant.interventionName(),
                CoursePlan.evaluationTaskLink(grant.grantKey(), evaluation == Evaluation.FINAL), owner, owner == null ? TEAM : null, due));
    }

    /** The two evaluations of a course. */
    enum Evaluation {
        MIDWAY("course-midway", "Evaluering midtvejs: "),
        FINAL("course-final", "Slutevaluering: ");

        private final String key;
        private final String title;

        Evaluation(String key, String title) {
            this.key = key;
            this.title = title;
        }

        LocalDate day(CoursePlan plan) {
            return this == MIDWAY ? plan.midwayEvaluation() : plan.finalEvaluation();
        }

        String subjectKey(Grant grant, LocalDate day) {
            return CoursePlan.evaluationTaskKey(this == FINAL, grant.grantKey(), day);
        }
    }
}

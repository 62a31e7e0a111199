package dk.omsorg.rehabilitation.internal;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.rehabilitation.CourseOwnerKind;
import dk.omsorg.rehabilitation.PackageLevel;
import dk.omsorg.rehabilitation.PlannedVisits;
import dk.omsorg.rehabilitation.RehabilitationPolicies;
import dk.omsorg.rehabilitation.RehabilitationPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps one course record per § 83 a course grant: created when a decision with a course grant is made, and moved
 * along with every new version (end, evaluation days, planned visits and so the package level, goals). A course left
 * out of a new version is closed on that version's day. Runs synchronously on {@link DecisionMade}, in the
 * decision's transaction (as the decision's own evaluation tasks do), so the course exists when the decision does.
 * Owner, contact person, IPPA, goal states, evaluations and notes are the course's own and are never touched here.
 */
@Component
class FollowingCourseGrants {

    static final String SYSTEM = "system";

    private final Decisions decisions;
    private final RehabilitationPolicies policies;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowingCourseGrants(Decisions decisions, RehabilitationPolicies policies, JdbcClient jdbc, Clock clock) {
        this.decisions = decisions;
        this.policies = policies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(DecisionMade event) {
        Decision decision = decisions.stored(event.decisionId()).orElse(null);
        if (decision == null) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String by = decision.createdBy() == null ? SYSTEM : decision.createdBy();
        for (Grant grant : decision.grants()) {
            if (grant.rehabilitationCourse()) {
                follow(decision, grant, by, now);
            }
        }
        if (event.supersedesDecisionId() != null) {
            Map<UUID, Grant> before = decisions.stored(event.supersedesDecisionId())
                    .map(d -> d.grants().stream().filter(Grant::rehabilitationCourse)
                            .collect(Collectors.toMap(Grant::grantKey, Function.identity()))).orElse(Map.of());
            before.keySet().stream().filter(key -> decision.grant(key).isEmpty()).forEach(key ->
                    jdbc.sql("""
                                    update rehabilitation_course set closed_on = ?, status = 'CLOSED', decision_id = ?,
                                        modified_at = ?, modified_by = ?, version = version + 1
                                    where municipality_id = ? and grant_key = ? and closed_on is null""")
                            .params(decision.decidedOn(), decision.id(), now, by, decision.municipalityId(), key).update());
        }
    }

    private void follow(Decision decision, Grant grant, String by, Timestamp now) {
        RehabilitationPolicy.Version policy = policies.on(decision.municipalityId(), grant.start()).orElse(null);
        BigDecimal visits = PlannedVisits.perWeek(grant.times(), grant.per(), grant.every(), grant.shifts());
        PackageLevel level = policy == null ? levelWithoutPolicy(visits) : policy.levelFor(visits).level();
        CourseOwnerKind ownerKind = policy == null ? CourseOwnerKind.VISITATOR : policy.owner();
        // the visitator who decided owns the course; a therapist is assigned on the course
        String owner = ownerKind == CourseOwnerKind.VISITATOR ? decision.createdBy() : null;
        Long providerId = grant.provider() == null ? null : grant.provider().providerId();
        jdbc.sql("""
                        insert into rehabilitation_course (municipality_id, citizen_id, grant_key, decision_id, intervention_code,
                            intervention_name, goals, provider_id, start_on, end_on, midway_evaluation_on, final_evaluation_on,
                            visits_per_week, package_level, owner_kind, owner_user, status, created_at, created_by,
                            modified_at, modified_by, version)
                        values (:m, :c, :g, :d, :code, :name, :goals, :p, :start, :end, :mid, :fin, :visits, :level, :ok, :owner,
                            'RUNNING', :now, :by, :now, :by, 0)
                        on conflict (municipality_id, grant_key) do update set decision_id = excluded.decision_id,
                            intervention_code = excluded.intervention_code, intervention_name = excluded.intervention_name,
                            goals = excluded.goals, provider_id = coalesce(rehabilitation_course.provider_id, excluded.provider_id),
                            start_on = excluded.start_on, end_on = excluded.end_on,
                            midway_evaluation_on = excluded.midway_evaluation_on, final_evaluation_on = excluded.final_evaluation_on,
                            visits_per_week = excluded.visits_per_week, package_level = excluded.package_level,
                            modified_at = excluded.modified_at, modified_by = excluded.modified_by,
                            version = rehabilitation_course.version + 1""")
                .param("m", decision.municipalityId()).param("c", decision.citizenId()).param("g", grant.grantKey())
                .param("d", decision.id()).param("code", grant.interventionCode()).param("name", grant.interventionName())
                .param("goals", grant.goals()).param("p", providerId).param("start", grant.start())
                .param("end", grant.course().end()).param("mid", grant.course().midwayEvaluation())
                .param("fin", grant.course().finalEvaluation()).param("visits", visits).param("level", level.name())
                .param("ok", ownerKind.name()).param("owner", owner).param("now", now).param("by", by)
                .update();
    }

    /** A municipality without rehabilitation.yaml: the Esbjerg bands (seed 004), the only ones a seed gives. */
    static PackageLevel levelWithoutPolicy(BigDecimal visitsPerWeek) {
        if (visitsPerWeek.compareTo(BigDecimal.valueOf(2)) <= 0) {
            return PackageLevel.LIGHT;
        }
        return visitsPerWeek.compareTo(BigDecimal.valueOf(14)) <= 0 ? PackageLevel.MODERATE : PackageLevel.COMPREHENSIVE;
    }
}

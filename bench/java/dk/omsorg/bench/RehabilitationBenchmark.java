package dk.omsorg.bench;

import dk.omsorg.rehabilitation.CourseOutcomes;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 21's rehabilitation-outcomes benchmark: the workspace data ({@link WorkspaceGenerator}: by default 100,000
 * citizens, 1,000,000 grants, 10,000,000 visits) plus a § 83 a course for every 10th citizen (10,000) ended over the last
 * 300 days, with IPPA, goal states and a final evaluation, and for two thirds of them a later decision version with
 * less or more help — then the leader's outcome query ({@link CourseOutcomes#outcomes}, the real bean, all courses)
 * timed against {@link HandWrittenOutcomes} in the same run: a warm-up, {@code runs} timed runs each, the median. The
 * results must be equal per course, else exit 1. {@code RESULT management_rehabilitation_ratio=…} (target ≤ 2.0).
 */
final class RehabilitationBenchmark {

    private RehabilitationBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        ManagementBenchmark.Scale scale = ManagementBenchmark.Scale.of(options);
        LocalDate today = scale.today();
        int runs = scale.runs();
        try (ConfigurableApplicationContext app = scale.start("rehabilitation")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            scale.generate(app);
            int courses = courses(jdbc, today);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %,d courses; database %s%n", (System.nanoTime() - t0) / 1e9,
                    courses, ManagementBenchmark.Scale.databaseSize(jdbc));

            StaffUser leader = app.getBean(StaffDirectory.class).find("leder").orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
            CourseOutcomes outcomes = app.getBean(CourseOutcomes.class);
            List<String> results = new ArrayList<>();
            boolean right = ManagementBenchmark.compare("rehabilitation", runs, results,
                    () -> keyed(lines(outcomes.outcomes(CourseOutcomes.Filter.all()))),
                    () -> keyed(HandWrittenOutcomes.lines(jdbc, 253, today)));
            System.out.println("RESULT " + String.join(" ", results) + " (target ≤ 2.0)");
            SecurityContextHolder.clearContext();
            return right ? 0 : 1;
        }
    }

    /** The courses, their IPPA, goals and evaluations, and the later help: set-based, a few statements. */
    static int courses(JdbcClient jdbc, LocalDate today) {
        // every 10th citizen: a course on the first grant of its decision, ended 1–300 days ago, 70 days long
        int courses = jdbc.sql("""
                insert into rehabilitation_course (municipality_id, citizen_id, grant_key, decision_id, intervention_code,
                    intervention_name, goals, provider_id, start_on, end_on, midway_evaluation_on, final_evaluation_on,
                    visits_per_week, package_level, owner_kind, status, closed_on, created_at, created_by, modified_at,
                    modified_by, version)
                select d.municipality_id, d.citizen_id, g.grant_key, d.id, g.intervention_code, g.intervention_name,
                       'Kan selv', g.provider_id, :today - 370 + (d.citizen_id % 300)::int, :today - 301 + (d.citizen_id % 300)::int,
                       :today - 335 + (d.citizen_id % 300)::int, :today - 301 + (d.citizen_id % 300)::int, 1 + d.citizen_id % 14,
                       (array['LIGHT','MODERATE','COMPREHENSIVE'])[1 + d.citizen_id % 3], 'THERAPIST', 'CLOSED',
                       :today - 301 + (d.citizen_id % 300)::int, now(), 'bench', now(), 'bench', 0
                from decision d
                join lateral (select * from decision_grant g where g.decision_id = d.id order by g.position limit 1) g on true
                where d.municipality_id = 253 and d.status = 'CURRENT' and d.citizen_id % 10 = 0""")
                .param("today", today).update();
        // the help before the course: decided and started 10 days before it
        jdbc.sql("""
                update decision d set decided_on = c.start_on - 10 from rehabilitation_course c
                where c.decision_id = d.id and c.created_by = 'bench'""").update();
        jdbc.sql("""
                update decision_grant g set start_on = c.start_on - 10, effective_from = c.start_on - 10
                from rehabilitation_course c where g.decision_id = c.decision_id and c.created_by = 'bench'""").update();
        // two thirds: a new version 20 days after the course, every grant at half or one and a half the minutes
        jdbc.sql("""
                insert into decision (municipality_id, citizen_id, lineage_id, version_no, supersedes_decision_id, status,
                    decided_on, applied_for, reasoning, minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                select d.municipality_id, d.citizen_id, d.lineage_id, d.version_no + 1, d.id, 'CURRENT', c.end_on + 20,
                       d.applied_for, d.reasoning, false, now(), 'bench-course', now(), 'bench-course', 0
                from rehabilitation_course c join decision d on d.id = c.decision_id
                where c.created_by = 'bench' and c.citizen_id % 30 in (0, 10)""").update();
        jdbc.sql("""
                update decision o set status = 'SUPERSEDED', superseded_by_decision_id = n.id
                from decision n where n.supersedes_decision_id = o.id and n.created_by = 'bench-course'""").update();
        String columns = jdbc.sql("""
                select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                where table_name = 'decision_grant' and table_schema = current_schema()
                  and column_name not in ('id', 'decision_id', 'version_no', 'carried_over', 'weekly_minutes',
                                          'minutes_per_delivery', 'effective_from')""")
                .query(String.class).single();
        jdbc.sql("insert into decision_grant (decision_id, version_no, carried_over, weekly_minutes, minutes_per_delivery, "
                + "effective_from, " + columns + ") select n.id, g.version_no + 1, false, "
                + "greatest(1, case when n.citizen_id % 30 = 0 then g.weekly_minutes / 2 else g.weekly_minutes * 3 / 2 end), "
                + "greatest(1, case when n.citizen_id % 30 = 0 then g.minutes_per_delivery / 2 else g.minutes_per_delivery * 3 / 2 end), "
                + "n.decided_on, " + columns.replaceAll("(\\w+)", "g.$1")
                + " from decision n join decision_grant g on g.decision_id = n.supersedes_decision_id"
                + " where n.created_by = 'bench-course'").update();
        // IPPA: three problems; goals: two FSIII states; a final evaluation with one or two goals met
        jdbc.sql("""
                insert into rehabilitation_ippa_problem (course_id, position, problem, importance, start_difficulty, end_difficulty)
                select c.id, p, 'Aktivitet ' || p, 1 + (c.id + p) % 5, 3 + (c.id + p) % 3, 1 + (c.id * p) % 3
                from rehabilitation_course c cross join generate_series(1, 3) p where c.created_by = 'bench'""").update();
        jdbc.sql("""
                insert into rehabilitation_goal (course_id, position, state_code, state_name, start_state, end_state)
                select c.id, p, gen_random_uuid(), 'Tilstand ' || p, 2 + (c.id + p) % 3, (c.id + p) % 3
                from rehabilitation_course c cross join generate_series(1, 2) p where c.created_by = 'bench'""").update();
        jdbc.sql("""
                insert into rehabilitation_evaluation (course_id, kind, due_on, recommendation, filled_at, filled_by,
                    filled_by_provider, version)
                select c.id, 'FINAL', c.final_evaluation_on, 'CLOSE', now(), 'bench', false, 0
                from rehabilitation_course c where c.created_by = 'bench'""").update();
        jdbc.sql("""
                insert into rehabilitation_evaluation_goal (evaluation_id, position, state_code, met, state)
                select e.id, p, gen_random_uuid(), (e.id + p) % 2 = 0 or p = 1, 1
                from rehabilitation_evaluation e join rehabilitation_course c on c.id = e.course_id
                cross join generate_series(1, 2) p where c.created_by = 'bench'""").update();
        jdbc.sql("analyze").update();
        return courses;
    }

    /** Lines by their course id, as the management benchmark compares its pages' lines. */
    private static Map<String, String> keyed(List<String> lines) {
        Map<String, String> byCourse = new java.util.TreeMap<>();
        lines.forEach(l -> byCourse.put(l.substring(0, l.indexOf('|')), l));
        return byCourse;
    }

    /** The real query's figures, one line per course in the hand-written query's form. */
    static List<String> lines(List<CourseOutcomes.Outcome> outcomes) {
        return outcomes.stream().map(o -> HandWrittenOutcomes.line(o.courseId(), o.providerId(), o.level().name(), o.closed(),
                o.goals(), o.goalsMet(), o.ippaStart(), o.ippaEnd(), o.fsiiiChange(), o.minutesBefore(), o.minutesAfter3(),
                o.minutesAfter6(), o.costOre())).toList();
    }
}

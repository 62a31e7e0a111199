package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Rows;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.task.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The caseworkers' workspace at the scale of a large municipality, for {@code bench/run workspace}: the citizens,
 * decisions and grants of {@link MunicipalityGenerator} (without its visits files), then — set-based, straight into
 * the tables — caseworker users, delivered visits and open tasks. The benchmark measures reads, so the visits are
 * inserted by SQL, not through the import.
 *
 * <ul>
 *     <li><b>caseworkers</b>: {@code bench-sagsbehandler-NNN}, role CASEWORKER in the municipality, password
 *     {@link #PASSWORD} (the demo users' password, so the tests' browser session logs them in);</li>
 *     <li><b>visits</b>: spread evenly over the grants (the first {@code visits mod grants} grants one more), each
 *     grant's spread evenly over the spec's days up to its last day, in the grant's shift, the granted minutes ± 2,
 *     about 2 % not delivered (with a reason);</li>
 *     <li><b>tasks</b>: open, task {@code i} on citizen {@code i mod citizens}, a kind of {@link TaskKind} by turn, owned
 *     by a caseworker chosen by a hash of {@code i}, due up to 60 days before or after {@code today}.</li>
 * </ul>
 * Deterministic for the same options (ids aside).
 */
public final class WorkspaceGenerator {

    /** The generated caseworkers' password (as the demo users'). */
    public static final String PASSWORD = "demo";
    private static final String BY = MunicipalityGenerator.CREATED_BY;
    /** What each kind of task asks, as the caseworker reads it (TaskRequested's titles are Danish). */
    private static final Map<TaskKind, String> TITLES = Map.of(
            TaskKind.INQUIRY, "Vurder og afgør henvendelsen",
            TaskKind.FOLLOW_UP, "Opfølgning på bevilling",
            TaskKind.COURSE_EVALUATION, "Evaluering af rehabiliteringsforløb",
            TaskKind.REASSESSMENT_FLAG, "Revurdering: leveret tid afviger fra bevilget",
            TaskKind.PROVIDER_NOTICE, "Læs advis fra leverandør",
            TaskKind.START_DEADLINE, "Opstartsfrist overskredet",
            TaskKind.TEMPORARY_GRANT_ENDING, "Midlertidig bevilling udløber");

    /**
     * What to generate besides the municipality.
     *
     * @param caseworkers     caseworker users owning the tasks
     * @param visits          delivered visits over the spec's days (ending with its last day)
     * @param tasks           open tasks
     * @param today           the day the tasks' due dates spread around (± 60 days)
     * @param rebuildIndexes  drop {@code visit}'s secondary indexes before the insert and build them again after (much
     *                        faster at millions of rows; only on a database of the benchmark's own)
     */
    public record Work(Spec spec, int caseworkers, long visits, int tasks, LocalDate today, boolean rebuildIndexes) {
        public Work {
            if (caseworkers < 1 || visits < 0 || tasks < 0) {
                throw new IllegalArgumentException("Bad workspace spec: " + caseworkers + " caseworkers, " + visits
                        + " visits, " + tasks + " tasks");
            }
        }
    }

    /** What was generated: the citizens' id range, the counts and the caseworkers' usernames. */
    public record Workspace(long firstCitizenId, long lastCitizenId, int grants, long visits, int tasks,
                            List<String> caseworkers) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public WorkspaceGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Writes everything, committed as it goes (call it outside a transaction); prints the phases' times. */
    public Workspace generate(Work work, String passwordHash) throws SQLException {
        long t0 = System.nanoTime();
        Rows rows = new MunicipalityGenerator(jdbc).rows(work.spec());
        long[] citizens = rows.citizenIds();
        log("citizens, decisions and grants", t0);
        List<String> caseworkers = caseworkers(work, passwordHash);
        t0 = System.nanoTime();
        long visits = visits(work, citizens, rows.grants());
        log("visits", t0);
        t0 = System.nanoTime();
        int tasks = tasks(work, citizens, caseworkers);
        jdbc.sql("analyze task").update();
        log("tasks", t0);
        return new Workspace(citizens[0], citizens[citizens.length - 1], rows.grants(), visits, tasks, caseworkers);
    }

    private static void log(String what, long t0) {
        System.out.printf("  generated %s in %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    /** The caseworkers, all with the same (bcrypt) hash of {@link #PASSWORD}; their usernames in order. */
    private List<String> caseworkers(Work work, String passwordHash) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= work.caseworkers(); i++) {
            names.add("bench-sagsbehandler-%03d".formatted(i));
        }
        jdbc.sql("""
                        insert into app_user (username, display_name, role, municipality_id, password_hash)
                        select u, 'Sagsbehandler ' || substr(u, 21), 'CASEWORKER', :m, :hash from unnest(:names::text[]) u
                        on conflict (username) do nothing""")
                .param("m", work.spec().municipalityId()).param("hash", passwordHash)
                .param("names", names.toArray(String[]::new)).update();
        return names;
    }

    /**
     * The visits, in chunks of citizens (about a million rows each) so that the per-statement reference check of
     * V14 reads a bounded transition table.
     */
    private long visits(Work work, long[] citizens, int grants) throws SQLException {
        long perGrant = work.visits() / grants;
        long extra = work.visits() % grants;
        Spec spec = work.spec();
        LocalDate last = spec.firstDay().plusDays(spec.days() - 1);
        List<String> indexes = work.rebuildIndexes() ? jdbc.sql("""
                        select pg_get_indexdef(i.indexrelid) from pg_index i
                        where i.indrelid = 'visit'::regclass and not i.indisprimary""")
                .query(String.class).list() : List.of();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String definition : indexes) {
                s.execute("drop index " + definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
            }
            int chunk = (int) Math.max(1, Math.min(citizens.length, citizens.length * 1_000_000L / Math.max(1, work.visits())));
            for (int from = 0; from < citizens.length && perGrant > 0; from += chunk) {
                long[] range = {citizens[from], citizens[Math.min(citizens.length, from + chunk) - 1]};
                insertVisits(work, last, perGrant, range, "k < " + perGrant, "true");
            }
            if (extra > 0) {   // one more for the first grants, in grant order
                insertVisits(work, last, perGrant, new long[]{citizens[0], citizens[citizens.length - 1]}, "k = " + perGrant,
                        "g.id in (select g2.id from decision_grant g2 join decision d2 on d2.id = g2.decision_id "
                                + "where d2.citizen_id between :first and :last and d2.created_by = :caseworker "
                                + "order by g2.id limit " + extra + ")");
            }
            s.execute("set maintenance_work_mem = '512MB'");
            for (String definition : indexes) {
                s.execute(definition);
            }
            s.execute("vacuum analyze visit");
        }
        return jdbc.sql("select count(*) from visit where municipality_id = ? and citizen_id between ? and ?")
                .params(work.spec().municipalityId(), citizens[0], citizens[citizens.length - 1]).query(Long.class).single();
    }

    /**
     * One insert of the visits {@code k} (0-based, chosen by {@code which}) of the grants (chosen by {@code grantFilter})
     * of the citizens in {@code range}; visit {@code k} of a grant is {@code k × days / (perGrant + 1)} days before the last.
     */
    private void insertVisits(Work work, LocalDate lastDay, long perGrant, long[] range, String which, String grantFilter) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                                           start_time, shift, minutes, not_delivered_reason, created_at, created_by,
                                           modified_at, modified_by)
                        select :m, g.provider_id, d.citizen_id, g.grant_key, 'W' || g.id || '-' || k, 'DELIVERED',
                               cast(:lastDay as date) - ((k * :days) / (:per + 1))::integer,
                               (case g.shifts[1] when 'EVENING' then time '15:00' when 'NIGHT' then time '23:00' else time '07:00' end)
                                   + (abs(hashint8(g.id * 31 + k)) % 96) * interval '5 minutes',
                               g.shifts[1], greatest(1, g.minutes_per_delivery + (abs(hashint8(g.id + k)) % 5)::integer - 2),
                               case when abs(hashint8(g.id * 7 + k)) % 50 = 0 then 'CITIZEN_ABSENT' end,
                               now(), :by, now(), :by
                        from decision d join decision_grant g on g.decision_id = d.id
                        cross join generate_series(0::bigint, cast(:per as bigint)) k   -- the filter picks
                        where d.citizen_id between :first and :last and d.created_by = :caseworker and (WHICH) and (GRANTS)
                        order by g.id, k""".replace("WHICH", which).replace("GRANTS", grantFilter))
                .param("m", work.spec().municipalityId()).param("lastDay", lastDay).param("days", work.spec().days())
                .param("per", perGrant).param("by", BY).param("first", range[0]).param("last", range[1])
                .param("caseworker", MunicipalityGenerator.CASEWORKER)
                .update();
    }

    /** The open tasks, set-based; their number. */
    private int tasks(Work work, long[] citizens, List<String> caseworkers) {
        TaskKind[] kinds = TaskKind.values();
        String[] titles = Arrays.stream(kinds).map(k -> TITLES.getOrDefault(k, "Opgave")).toArray(String[]::new);
        return jdbc.sql("""
                        insert into task (municipality_id, citizen_id, kind, subject_key, title, link, owner_user, due_on,
                                          created_at, modified_at, modified_by)
                        select :m, c.id, (:kinds::text[])[1 + i % cardinality(:kinds::text[])],
                               lower((:kinds::text[])[1 + i % cardinality(:kinds::text[])]) || ':bench-' || c.id || '-' || i,
                               (:titles::text[])[1 + i % cardinality(:kinds::text[])],
                               case when i % cardinality(:kinds::text[]) = 0 then '/inquiries/' || (i + 1) else '/citizens/' || c.id end,
                               (:owners::text[])[1 + (abs(hashint8(i + :seed)) % cardinality(:owners::text[]))::integer],
                               cast(:today as date) + ((abs(hashint8(i * 7 + :seed)) % 121) - 60)::integer,
                               now(), now(), :by
                        from generate_series(0::bigint, cast(:tasks as bigint) - 1) i
                        join unnest(:citizens::bigint[]) with ordinality c(id, n) on c.n = 1 + i % :count
                        order by i""")
                .param("m", work.spec().municipalityId()).param("kinds", Arrays.stream(kinds).map(Enum::name).toArray(String[]::new))
                .param("titles", titles).param("owners", caseworkers.toArray(String[]::new))
                .param("seed", work.spec().seed()).param("today", work.today()).param("by", BY)
                .param("tasks", work.tasks()).param("citizens", Arrays.stream(citizens).boxed().toArray(Long[]::new))
                .param("count", (long) citizens.length)
                .update();
    }
}

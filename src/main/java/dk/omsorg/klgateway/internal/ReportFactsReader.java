package dk.omsorg.klgateway.internal;

import dk.omsorg.klgateway.ReportPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dk.omsorg.klgateway.internal.ReportFacts.Assessed;
import dk.omsorg.klgateway.internal.ReportFacts.Delivered;
import dk.omsorg.klgateway.internal.ReportFacts.FollowedUp;
import dk.omsorg.klgateway.internal.ReportFacts.Granted;
import dk.omsorg.klgateway.internal.ReportFacts.Scored;

/**
 * Reads the report's facts with plain SQL (a report across modules' tables, as the settlement reads them). The
 * citizens come as a stream from a server-side cursor (fetch size, inside the caller's transaction), so the whole
 * municipality is never held in memory; the facts of a batch of citizens are then read together, one query per kind
 * of fact, on the indexes that lead with {@code municipality_id, citizen_id}.
 */
@Component
public class ReportFactsReader {

    private static final int FETCH_SIZE = 200;

    /** Citizens with FSIII care in the period: a grant reporting as FSIII, a delivered visit, a follow-up or an assessment. */
    private static final String CITIZENS = """
            select c.id, c.cpr_number from citizen c
            where c.municipality_id = :m and (
                exists (select 1 from decision d
                        join decision_grant g on g.decision_id = d.id
                        join catalog_intervention ci on ci.municipality_id = d.municipality_id
                             and ci.catalog_valid_from = g.catalog_valid_from and ci.code = g.intervention_code
                        where d.municipality_id = c.municipality_id and d.citizen_id = c.id and d.status = 'CURRENT'
                          and ci.fsiii_code is not null and g.start_on <= :to and (g.end_on is null or g.end_on >= :from))
                or exists (select 1 from visit v where v.municipality_id = c.municipality_id and v.citizen_id = c.id
                           and v.kind = 'DELIVERED' and v.not_delivered_reason is null and v.visit_date between :from and :to)
                or exists (select 1 from follow_up f where f.municipality_id = c.municipality_id and f.citizen_id = c.id
                           and f.status = 'COMPLETED' and f.completed_on between :from and :to)
                or exists (select 1 from assessment a where a.municipality_id = c.municipality_id and a.citizen_id = c.id
                           and a.assessed_on between :from and :to))
            order by c.id""";

    private final JdbcClient jdbc;
    private final JdbcClient cursor;
    private final AddressedStates addressed;

    ReportFactsReader(JdbcClient jdbc, DataSource dataSource, AddressedStates addressed) {
        this.jdbc = jdbc;
        this.addressed = addressed;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.cursor = JdbcClient.create(streaming);
    }

    /** The ids of the municipality's citizens in the report, in id order; close the stream (a cursor is open). */
    public Stream<Long> citizens(int municipalityId, ReportPeriod period) {
        return cursor.sql(CITIZENS)
                .param("m", municipalityId).param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .query((rs, i) -> rs.getLong("id")).stream();
    }

    /** How many citizens the period's report holds: the same selection, counted in the database (nothing built). */
    public int count(int municipalityId, ReportPeriod period) {
        return jdbc.sql("select count(*) from (" + CITIZENS.replace("order by c.id", "") + ") x")
                .param("m", municipalityId).param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .query(Integer.class).single();
    }

    /** Whether the citizen is one of the municipality's (another municipality's is as one that does not exist). */
    public boolean exists(int municipalityId, long citizenId) {
        return jdbc.sql("select count(*) from citizen where id = ? and municipality_id = ?")
                .params(citizenId, municipalityId).query(Long.class).single() > 0;
    }

    ReportFacts facts(int municipalityId, long citizenId, ReportPeriod period) {
        return facts(municipalityId, List.of(citizenId), period).get(citizenId);
    }

    /**
     * Several citizens' facts at once: one query per kind of fact for all of them ({@code = any(array)} on the indexes
     * that lead with {@code municipality_id, citizen_id}), so a batch of citizens costs seven statements, not seven
     * per citizen. The map holds every citizen of the municipality among {@code citizenIds}, in their order.
     */
    Map<Long, ReportFacts> facts(int municipalityId, List<Long> citizenIds, ReportPeriod period) {
        Long[] ids = citizenIds.toArray(Long[]::new);
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        Map<Long, String> cprs = new HashMap<>();
        Set<Long> deceased = new HashSet<>();
        // the death recorded on the citizen (issue 20), as of the period's last day
        jdbc.sql("""
                        select id, cpr_number, died_on is not null and died_on <= ? as deceased from citizen
                        where municipality_id = ? and id = any(?::bigint[])""")
                .params(to, municipalityId, ids).query(rs -> {
                    cprs.put(rs.getLong(1), rs.getString(2));
                    if (rs.getBoolean(3)) {
                        deceased.add(rs.getLong(1));
                    }
                });
        Map<Long, Assessed> assessments = assessments(municipalityId, ids, to);
        Map<Long, List<Granted>> grants = byCitizen(grants(municipalityId, ids));
        Map<Long, List<Delivered>> visits = byCitizen(visits(municipalityId, ids, from, to));
        Map<Long, List<FollowedUp>> followUps = byCitizen(followUps(municipalityId, ids, from, to));
        Map<Long, ReportFacts> facts = new LinkedHashMap<>();
        for (Long id : citizenIds) {
            if (cprs.containsKey(id)) {
                facts.put(id, new ReportFacts(id, cprs.get(id), Optional.ofNullable(assessments.get(id)),
                        grants.getOrDefault(id, List.of()), visits.getOrDefault(id, List.of()),
                        followUps.getOrDefault(id, List.of()), deceased.contains(id)));
            }
        }
        return facts;
    }

    /** A fact and the citizen it belongs to. */
    private record Of<T>(long citizenId, T fact) {
    }

    private static <T> Map<Long, List<T>> byCitizen(List<Of<T>> rows) {
        Map<Long, List<T>> by = new HashMap<>();
        rows.forEach(r -> by.computeIfAbsent(r.citizenId(), k -> new ArrayList<>()).add(r.fact()));
        return by;
    }

    /** Each citizen's latest assessment on or before the period's last day, with its scores and noted conditions. */
    private Map<Long, Assessed> assessments(int municipalityId, Long[] ids, Date to) {
        Map<Long, Long> latest = new HashMap<>();
        Map<Long, LocalDate> on = new HashMap<>();
        jdbc.sql("""
                        select distinct on (citizen_id) citizen_id, id, assessed_on from assessment
                        where municipality_id = ? and citizen_id = any(?::bigint[]) and assessed_on <= ?
                        order by citizen_id, assessed_on desc, id desc""")
                .params(municipalityId, ids, to)
                .query(rs -> {
                    latest.put(rs.getLong("citizen_id"), rs.getLong("id"));
                    on.put(rs.getLong("id"), rs.getDate("assessed_on").toLocalDate());
                });
        if (latest.isEmpty()) {
            return Map.of();
        }
        Long[] assessmentIds = latest.values().toArray(Long[]::new);
        Map<Long, List<Scored>> scores = new HashMap<>();
        jdbc.sql("""
                        select assessment_id, state_code, score, expected_level from assessment_ability_score
                        where assessment_id = any(?::bigint[]) order by assessment_id, state_code""")
                .param(assessmentIds)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>())
                            .add(new Scored(rs.getObject("state_code", UUID.class), rs.getInt("score"),
                                    (Integer) rs.getObject("expected_level")));
                });
        Map<Long, List<UUID>> noted = new HashMap<>();
        jdbc.sql("""
                        select assessment_id, condition_code from assessment_health_condition
                        where assessment_id = any(?::bigint[]) and status = 'NOTED' order by assessment_id, condition_code""")
                .param(assessmentIds)
                .query(rs -> {
                    noted.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        Map<Long, Assessed> assessed = new HashMap<>();
        latest.forEach((citizen, id) -> assessed.put(citizen, new Assessed(id, on.get(id),
                scores.getOrDefault(id, List.of()), noted.getOrDefault(id, List.of()))));
        return assessed;
    }

    private List<Of<Granted>> grants(int municipalityId, Long[] ids) {
        return jdbc.sql("""
                        select d.citizen_id, g.grant_key, g.intervention_code, g.intervention_name, ci.fsiii_code, g.start_on,
                               g.end_on, g.catalog_valid_from
                        from decision d
                        join decision_grant g on g.decision_id = d.id
                        join catalog_intervention ci on ci.municipality_id = d.municipality_id
                             and ci.catalog_valid_from = g.catalog_valid_from and ci.code = g.intervention_code
                        where d.municipality_id = ? and d.citizen_id = any(?::bigint[]) and d.status = 'CURRENT'
                          and ci.fsiii_code is not null
                        order by d.citizen_id, g.start_on, g.grant_key""")
                .params(municipalityId, ids)
                .query((rs, i) -> new Of<>(rs.getLong("citizen_id"), new Granted(rs.getObject("grant_key", UUID.class),
                        rs.getString("intervention_code"), rs.getString("intervention_name"),
                        rs.getObject("fsiii_code", UUID.class), rs.getDate("start_on").toLocalDate(),
                        rs.getDate("end_on") == null ? null : rs.getDate("end_on").toLocalDate(),
                        addressed.of(municipalityId, rs.getDate("catalog_valid_from").toLocalDate(),
                                rs.getString("intervention_code")))))
                .list();
    }

    private List<Of<Delivered>> visits(int municipalityId, Long[] ids, Date from, Date to) {
        return jdbc.sql("""
                        select citizen_id, id, grant_key, visit_date, start_time from visit
                        where municipality_id = ? and citizen_id = any(?::bigint[]) and kind = 'DELIVERED'
                          and not_delivered_reason is null and visit_date between ? and ?
                        order by citizen_id, visit_date, start_time, id""")
                .params(municipalityId, ids, from, to)
                .query((rs, i) -> {
                    Time start = rs.getTime("start_time");
                    return new Of<>(rs.getLong("citizen_id"), new Delivered(rs.getLong("id"),
                            rs.getObject("grant_key", UUID.class), rs.getDate("visit_date").toLocalDate(),
                            start == null ? null : start.toLocalTime()));
                })
                .list();
    }

    private List<Of<FollowedUp>> followUps(int municipalityId, Long[] ids, Date from, Date to) {
        return jdbc.sql("""
                        select citizen_id, id, grant_key, completed_on, result from follow_up
                        where municipality_id = ? and citizen_id = any(?::bigint[]) and status = 'COMPLETED'
                          and completed_on between ? and ?
                        order by citizen_id, completed_on, id""")
                .params(municipalityId, ids, from, to)
                .query((rs, i) -> new Of<>(rs.getLong("citizen_id"), new FollowedUp(rs.getLong("id"),
                        rs.getObject("grant_key", UUID.class), rs.getDate("completed_on").toLocalDate(),
                        rs.getString("result"))))
                .list();
    }
}

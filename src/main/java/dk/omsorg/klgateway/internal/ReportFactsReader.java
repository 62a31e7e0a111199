package dk.omsorg.klgateway.internal;

import dk.omsorg.klgateway.ReportPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.Time;
import java.util.List;
import java.util.Optional;
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
 * municipality is never held in memory; each citizen's facts are then read on the indexes that lead with
 * {@code municipality_id, citizen_id}.
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
        String cpr = jdbc.sql("select cpr_number from citizen where id = ? and municipality_id = ?")
                .params(citizenId, municipalityId).query(String.class).single();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        return new ReportFacts(citizenId, cpr, assessment(municipalityId, citizenId, to),
                grants(municipalityId, citizenId), visits(municipalityId, citizenId, from, to),
                followUps(municipalityId, citizenId, from, to));
    }

    private Optional<Assessed> assessment(int municipalityId, long citizenId, Date to) {
        return jdbc.sql("""
                        select id, assessed_on from assessment
                        where municipality_id = ? and citizen_id = ? and assessed_on <= ?
                        order by assessed_on desc, id desc limit 1""")
                .params(municipalityId, citizenId, to)
                .query((rs, i) -> new Object[]{rs.getLong("id"), rs.getDate("assessed_on").toLocalDate()})
                .optional()
                .map(row -> {
                    long id = (Long) row[0];
                    List<Scored> scores = jdbc.sql("""
                                    select state_code, score, expected_level from assessment_ability_score
                                    where assessment_id = ? order by state_code""")
                            .param(id)
                            .query((rs, i) -> new Scored(rs.getObject("state_code", UUID.class), rs.getInt("score"),
                                    (Integer) rs.getObject("expected_level")))
                            .list();
                    List<UUID> noted = jdbc.sql("""
                                    select condition_code from assessment_health_condition
                                    where assessment_id = ? and status = 'NOTED' order by condition_code""")
                            .param(id).query(UUID.class).list();
                    return new Assessed(id, (java.time.LocalDate) row[1], scores, noted);
                });
    }

    private List<Granted> grants(int municipalityId, long citizenId) {
        return jdbc.sql("""
                        select g.grant_key, g.intervention_code, g.intervention_name, ci.fsiii_code, g.start_on, g.end_on,
                               g.catalog_valid_from
                        from decision d
                        join decision_grant g on g.decision_id = d.id
                        join catalog_intervention ci on ci.municipality_id = d.municipality_id
                             and ci.catalog_valid_from = g.catalog_valid_from and ci.code = g.intervention_code
                        where d.municipality_id = ? and d.citizen_id = ? and d.status = 'CURRENT' and ci.fsiii_code is not null
                        order by g.start_on, g.grant_key""")
                .params(municipalityId, citizenId)
                .query((rs, i) -> new Granted(rs.getObject("grant_key", UUID.class), rs.getString("intervention_code"),
                        rs.getString("intervention_name"), rs.getObject("fsiii_code", UUID.class),
                        rs.getDate("start_on").toLocalDate(),
                        rs.getDate("end_on") == null ? null : rs.getDate("end_on").toLocalDate(),
                        addressed.of(municipalityId, rs.getDate("catalog_valid_from").toLocalDate(),
                                rs.getString("intervention_code"))))
                .list();
    }

    private List<Delivered> visits(int municipalityId, long citizenId, Date from, Date to) {
        return jdbc.sql("""
                        select id, grant_key, visit_date, start_time from visit
                        where municipality_id = ? and citizen_id = ? and kind = 'DELIVERED' and not_delivered_reason is null
                          and visit_date between ? and ?
                        order by visit_date, start_time, id""")
                .params(municipalityId, citizenId, from, to)
                .query((rs, i) -> {
                    Time start = rs.getTime("start_time");
                    return new Delivered(rs.getLong("id"), rs.getObject("grant_key", UUID.class),
                            rs.getDate("visit_date").toLocalDate(), start == null ? null : start.toLocalTime());
                })
                .list();
    }

    private List<FollowedUp> followUps(int municipalityId, long citizenId, Date from, Date to) {
        return jdbc.sql("""
                        select id, grant_key, completed_on, result from follow_up
                        where municipality_id = ? and citizen_id = ? and status = 'COMPLETED'
                          and completed_on between ? and ?
                        order by completed_on, id""")
                .params(municipalityId, citizenId, from, to)
                .query((rs, i) -> new FollowedUp(rs.getLong("id"), rs.getObject("grant_key", UUID.class),
                        rs.getDate("completed_on").toLocalDate(), rs.getString("result")))
                .list();
    }
}

package dk.omsorg.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The KL Gateway benchmark's yardstick: one hand-written SQL statement that reads the rows a period's delivery report
 * is made of — the citizens in the report (the same selection as the export's), each with its grants reporting as
 * FSIII, its delivered visits of those grants and completed follow-ups in the period, and the scores and noted health conditions of its
 * latest assessment on or before the period's last day — grouped by citizen, streamed over JDBC (a cursor, fetch
 * size 1,000) and every column read. Nothing is built or written: what the database and the driver cost.
 */
final class HandWrittenKlGateway {

    /** What was read: citizens, and rows of each kind. */
    record Read(long citizens, long grants, long visits, long scores, long conditions, long followUps) {
    }

    static final String SQL = """
            with c as (
                select c.id, c.cpr_number, c.died_on from citizen c
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
            ),
            gr as (
                select d.citizen_id, g.grant_key, g.intervention_code || ' ' || g.intervention_name as intervention,
                       ci.fsiii_code, g.start_on, g.end_on
                from c join decision d on d.municipality_id = :m and d.citizen_id = c.id and d.status = 'CURRENT'
                join decision_grant g on g.decision_id = d.id
                join catalog_intervention ci on ci.municipality_id = d.municipality_id
                     and ci.catalog_valid_from = g.catalog_valid_from and ci.code = g.intervention_code
                where ci.fsiii_code is not null
            ),
            la as (
                select distinct on (a.citizen_id) a.citizen_id, a.id from assessment a join c on c.id = a.citizen_id
                where a.municipality_id = :m and a.assessed_on <= :to
                order by a.citizen_id, a.assessed_on desc, a.id desc
            )
            select c.id, 'C' as kind, c.cpr_number as t1, c.died_on::text as t2, null::text as t3, null::int as n1, null::date as d1, null::date as d2 from c
            union all
            select gr.citizen_id, 'G', gr.grant_key::text, gr.intervention, gr.fsiii_code::text, null, gr.start_on, gr.end_on
            from gr
            union all
            select v.citizen_id, 'V', v.id::text, v.grant_key::text, v.start_time::text, null, v.visit_date, null
            from c join visit v on v.municipality_id = :m and v.citizen_id = c.id
            where v.kind = 'DELIVERED' and v.not_delivered_reason is null and v.visit_date between :from and :to
              and v.grant_key in (select gr.grant_key from gr where gr.citizen_id = v.citizen_id)
            union all
            select la.citizen_id, 'S', s.state_code::text, null, null, s.score * 10 + coalesce(s.expected_level, 9), null, null
            from la join assessment_ability_score s on s.assessment_id = la.id
            union all
            select la.citizen_id, 'H', h.condition_code::text, null, null, null, null, null
            from la join assessment_health_condition h on h.assessment_id = la.id and h.status = 'NOTED'
            union all
            select f.citizen_id, 'F', f.id::text, f.grant_key::text, f.result, null, f.completed_on, null
            from c join follow_up f on f.municipality_id = :m and f.citizen_id = c.id
            where f.status = 'COMPLETED' and f.completed_on between :from and :to
            order by 1, 2""";

    private HandWrittenKlGateway() {
    }

    static Read read(DataSource dataSource, int municipalityId, LocalDate from, LocalDate to) throws SQLException {
        // the dates and the municipality are values of ours (no text from outside): written into the statement
        String sql = SQL.replace(":m", Integer.toString(municipalityId))
                .replace(":from", "date '" + from + "'").replace(":to", "date '" + to + "'");
        long citizens = 0, grants = 0, visits = 0, scores = 0, conditions = 0, followUps = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1_000);
                long blackhole = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        blackhole += rs.getLong(1);
                        String kind = rs.getString(2);
                        for (int col = 3; col <= 8; col++) {
                            Object value = rs.getObject(col);
                            blackhole += value == null ? 0 : value.hashCode();
                        }
                        switch (kind) {
                            case "C" -> citizens++;
                            case "G" -> grants++;
                            case "V" -> visits++;
                            case "S" -> scores++;
                            case "H" -> conditions++;
                            default -> followUps++;
                        }
                    }
                }
                if (blackhole == 42) {
                    System.out.print("");
                }
            }
            connection.commit();
        }
        return new Read(citizens, grants, visits, scores, conditions, followUps);
    }
}

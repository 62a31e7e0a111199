package dk.omsorg.supervision.internal;

import dk.omsorg.supervision.Sample;
import dk.omsorg.supervision.SampleReport.Line;
import dk.omsorg.supervision.SampleReport.NotDelivered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The samples in plain SQL. Draw and figures are one statement each over the whole municipality or sample, never a
 * query per citizen or grant.
 *
 * <p>Which provider delivers a grant on a day is the provider module's rule ({@code Providers.deliveringGrant}):
 * the provider chosen in the decision ({@code decision_grant.provider_id}, current version) until the first
 * switch's {@code effective_from}, then each switch's new provider until the next switch, never before the grant's
 * start or after its end. {@link #DELIVERED_DAYS} states it as date ranges, cut to the sample's period
 * ({@code :from}–{@code :to}) in the municipality {@code :municipality}, so that one query serves a whole sample.
 */
@Repository
public class SampleTables {

    /**
     * {@code delivered}: per current grant and delivering provider, the first and last day of the period on which
     * that provider delivered it ({@code last_day < first_day}: not in the period).
     */
    static final String DELIVERED_DAYS = """
            with g as (
                select g.grant_key, d.citizen_id, g.provider_id, g.start_on, g.end_on, g.weekly_minutes,
                       g.intervention_code, g.intervention_name, g.legal_basis
                from decision_grant g join decision d on d.id = g.decision_id
                where d.status = 'CURRENT' and d.municipality_id = :municipality
                  and g.start_on <= :to and (g.end_on is null or g.end_on >= :from)
            ),
            s as (
                select grant_key, new_provider_id, effective_from,
                       lead(effective_from) over (partition by grant_key order by effective_from, id) as next_from
                from provider_switch where municipality_id = :municipality
            ),
            segment as (
                select g.grant_key, g.citizen_id, g.provider_id as delivering_id, g.start_on as from_on,
                       (select min(x.effective_from) from provider_switch x where x.grant_key = g.grant_key) as next_from
                from g where g.provider_id is not null
                union all
                select s.grant_key, g.citizen_id, s.new_provider_id, s.effective_from, s.next_from
                from g join s on s.grant_key = g.grant_key
            ),
            delivered as (
                select seg.delivering_id as provider_id, seg.citizen_id, g.grant_key, g.weekly_minutes,
                       g.intervention_code, g.intervention_name, g.legal_basis,
                       greatest(seg.from_on, g.start_on, cast(:from as date)) as first_day,
                       least(coalesce(seg.next_from - 1, cast(:to as date)), coalesce(g.end_on, cast(:to as date)),
                             cast(:to as date)) as last_day
                from segment seg join g on g.grant_key = seg.grant_key
            ),
            ver as (
                select distinct on (dg.grant_key, dg.version_no) dg.grant_key, dg.version_no, dg.effective_from,
                       dg.weekly_minutes
                from decision_grant dg where dg.grant_key in (select grant_key from g)
                order by dg.grant_key, dg.version_no, dg.id desc
            ),
            version_days as (
                select v.grant_key, v.weekly_minutes, v.effective_from as first_day,
                       (select min(x.effective_from) from ver x
                        where x.grant_key = v.grant_key and x.version_no > v.version_no) - 1 as last_day
                from ver v
            )
            """;

    private final JdbcClient jdbc;

    SampleTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertSample(int municipalityId, LocalDate from, LocalDate to, int perProvider, Long providerId, long seed,
                             String username, Instant now) {
        return jdbc.sql("""
                        insert into supervision_sample (municipality_id, period_from, period_to, per_provider, provider_id, seed,
                            drawn_at, drawn_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(municipalityId, from, to, perProvider, providerId, seed, now.atOffset(ZoneOffset.UTC), username)
                .query(Long.class).single();
    }

    /**
     * Draws the members in one statement: every (provider, citizen) pair where the provider delivered one of the
     * citizen's grants on a day of the period, ordered per provider by {@code md5(seed:provider:citizen)} — random,
     * but the same seed on the same data gives the same citizens — and the first {@code perProvider} kept.
     *
     * @return the number of members drawn
     */
    public int drawMembers(long sampleId, int municipalityId, LocalDate from, LocalDate to, int perProvider,
                           Long providerId, long seed) {
        return jdbc.sql(DELIVERED_DAYS + """
                        , candidate as (
                            select distinct d.provider_id, d.citizen_id from delivered d
                            join provider p on p.id = d.provider_id and p.municipality_id = :municipality
                            where d.last_day >= d.first_day and (:provider = 0 or d.provider_id = :provider)
                        ),
                        ranked as (
                            select provider_id, citizen_id,
                                   row_number() over (partition by provider_id
                                       order by md5(cast(:seed as text) || ':' || provider_id || ':' || citizen_id) collate "C", citizen_id) as draw_rank
                            from candidate
                        )
                        insert into supervision_sample_member (sample_id, provider_id, citizen_id, draw_rank)
                        select :sample, provider_id, citizen_id, draw_rank from ranked where draw_rank <= :perProvider""")
                .param("municipality", municipalityId).param("from", from).param("to", to)
                .param("provider", providerId == null ? 0L : providerId).param("seed", seed)
                .param("sample", sampleId).param("perProvider", perProvider)
                .update();
    }

    public List<Sample> samples(int municipalityId) {
        return jdbc.sql(SAMPLE + " where s.municipality_id = ? order by s.drawn_at desc, s.id desc")
                .param(municipalityId).query((rs, n) -> sample(rs)).list();
    }

    public Optional<Sample> sample(int municipalityId, long sampleId) {
        return jdbc.sql(SAMPLE + " where s.municipality_id = ? and s.id = ?")
                .params(municipalityId, sampleId).query((rs, n) -> sample(rs)).optional();
    }

    private static final String SAMPLE = """
            select s.*, p.name as provider_name,
                   (select count(*) from supervision_sample_member m where m.sample_id = s.id) as members
            from supervision_sample s left join provider p on p.id = s.provider_id""";

    private static Sample sample(ResultSet rs) throws SQLException {
        return new Sample(rs.getLong("id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getInt("per_provider"), rs.getObject("provider_id", Long.class),
                rs.getString("provider_name"), rs.getLong("seed"), rs.getObject("drawn_at", OffsetDateTime.class).toInstant(),
                rs.getString("drawn_by"), rs.getInt("members"));
    }

    /** A member and one of its lines (null when the provider delivered none of the citizen's grants in the period). */
    public record Row(long providerId, String providerName, String providerKind, long citizenId, String citizenName,
                      int drawRank, Line line) {
    }

    /**
     * The figures of every member in one query: per member and grant the provider delivered in the period, the
     * granted minutes for those days — the sum over the days of the weekly minutes of the grant version in effect
     * that day ({@code decision_grant.effective_from}: a version applies from its day until a later version takes
     * effect), ÷ 7, rounded half up to whole minutes — and the planned, delivered and not delivered visits the
     * provider registered for the grant in the period.
     */
    public List<Row> rows(Sample sample, int municipalityId) {
        return jdbc.sql(DELIVERED_DAYS + """
                        , m as (
                            select provider_id, citizen_id, draw_rank from supervision_sample_member where sample_id = :sample
                        ),
                        served as (
                            select d.* from delivered d join m on m.provider_id = d.provider_id and m.citizen_id = d.citizen_id
                            where d.last_day >= d.first_day
                        ),
                        line as (
                            select provider_id, citizen_id, grant_key, weekly_minutes, intervention_code, intervention_name,
                                   legal_basis, sum(last_day - first_day + 1) as days
                            from served group by 1, 2, 3, 4, 5, 6, 7
                        ),
                        minute_days as (
                            select s.provider_id, s.citizen_id, s.grant_key,
                                   sum(vd.weekly_minutes * (least(s.last_day, coalesce(vd.last_day, s.last_day))
                                                            - greatest(s.first_day, vd.first_day) + 1)) as minute_days
                            from served s join version_days vd on vd.grant_key = s.grant_key
                            where greatest(s.first_day, vd.first_day) <= least(s.last_day, coalesce(vd.last_day, s.last_day))
                            group by 1, 2, 3
                        ),
                        v as (
                            select v.provider_id, v.citizen_id, v.grant_key,
                                   coalesce(sum(v.minutes) filter (where v.kind = 'PLANNED'), 0) as planned,
                                   coalesce(sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null), 0) as delivered,
                                   count(*) filter (where v.not_delivered_reason = 'CITIZEN_ABSENT') as absent,
                                   count(*) filter (where v.not_delivered_reason = 'HOSPITALISED') as hospitalised,
                                   count(*) filter (where v.not_delivered_reason = 'CANCELLED_BY_CITIZEN') as cancelled,
                                   count(*) filter (where v.not_delivered_reason = 'REPLACEMENT_HELP') as replacement
                            from visit v join m on m.provider_id = v.provider_id and m.citizen_id = v.citizen_id
                            where v.municipality_id = :municipality and v.visit_date between :from and :to
                            group by 1, 2, 3
                        )
                        select m.provider_id, p.name as provider_name, p.kind as provider_kind, m.citizen_id,
                               c.name as citizen_name, m.draw_rank, l.grant_key, l.intervention_code, l.intervention_name,
                               l.legal_basis, l.weekly_minutes, l.days,
                               cast(round(coalesce(md.minute_days, 0) / 7.0) as integer) as granted,
                               coalesce(v.planned, 0) as planned, coalesce(v.delivered, 0) as delivered,
                               coalesce(v.absent, 0) as absent, coalesce(v.hospitalised, 0) as hospitalised,
                               coalesce(v.cancelled, 0) as cancelled, coalesce(v.replacement, 0) as replacement
                        from m
                        join provider p on p.id = m.provider_id
                        join citizen c on c.id = m.citizen_id
                        left join line l on l.provider_id = m.provider_id and l.citizen_id = m.citizen_id
                        left join minute_days md on md.provider_id = l.provider_id and md.citizen_id = l.citizen_id
                                                and md.grant_key = l.grant_key
                        left join v on v.provider_id = l.provider_id and v.citizen_id = l.citizen_id and v.grant_key = l.grant_key
                        order by p.kind, p.name, p.id, c.name, m.citizen_id, l.intervention_name, l.grant_key""")
                .param("municipality", municipalityId).param("from", sample.from()).param("to", sample.to())
                .param("sample", sample.id())
                .query((rs, n) -> new Row(rs.getLong("provider_id"), rs.getString("provider_name"), rs.getString("provider_kind"),
                        rs.getLong("citizen_id"), rs.getString("citizen_name"), rs.getInt("draw_rank"), line(rs)))
                .list();
    }

    private static Line line(ResultSet rs) throws SQLException {
        UUID key = rs.getObject("grant_key", UUID.class);
        if (key == null) {
            return null;
        }
        return new Line(key, rs.getString("intervention_code"), rs.getString("intervention_name"), rs.getString("legal_basis"),
                rs.getInt("weekly_minutes"), rs.getInt("days"), rs.getInt("granted"), rs.getInt("planned"),
                rs.getInt("delivered"), new NotDelivered(rs.getInt("absent"), rs.getInt("hospitalised"),
                rs.getInt("cancelled"), rs.getInt("replacement")));
    }
}

package dk.omsorg.provider.internal;

import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Providers and who delivers which grant, in plain SQL over the provider tables, {@code provider_switch}
 * and the decision module's {@code decision_grant} (read only: the provider module does not depend on
 * the decision module's Java types).
 */
@Repository
public class ProviderTables {

    /**
     * Who delivers each grant of a current decision version, as segments: the provider chosen when the
     * grant was decided (from the start, {@code from_on} null), then each switch from its effective day;
     * a segment lasts until the next switch ({@code next_from}, exclusive) and never beyond the grant's end.
     */
    static final String SEGMENTS = """
            with g as (
                select g.grant_key, d.citizen_id, d.municipality_id, g.provider_id, g.area_code, g.start_on, g.end_on
                from decision_grant g join decision d on d.id = g.decision_id
                where d.status = 'CURRENT'
            ),
            s as (
                select grant_key, new_provider_id, effective_from,
                       lead(effective_from) over (partition by grant_key order by effective_from, id) as next_from
                from provider_switch
            ),
            segment as (
                select g.grant_key, g.citizen_id, g.municipality_id, g.area_code, g.provider_id, null::date as from_on,
                       g.start_on, g.end_on,
                       (select min(x.effective_from) from provider_switch x where x.grant_key = g.grant_key) as next_from
                from g where g.provider_id is not null
                union all
                select g.grant_key, g.citizen_id, g.municipality_id, g.area_code, s.new_provider_id, s.effective_from,
                       g.start_on, g.end_on, s.next_from
                from g join s on s.grant_key = g.grant_key
            )
            """;

    private final JdbcClient jdbc;

    ProviderTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Provider> find(long providerId) {
        return jdbc.sql("select * from provider where id = ?").param(providerId).query((rs, n) -> provider(rs)).optional();
    }

    /** The municipality's providers in the current policy file, by name. */
    public List<Provider> inMunicipality(int municipalityId) {
        return jdbc.sql("select * from provider where municipality_id = ? and listed order by kind, name")
                .param(municipalityId).query((rs, n) -> provider(rs)).list();
    }

    public Optional<Long> deliveringGrant(UUID grantKey, LocalDate on) {
        return jdbc.sql(SEGMENTS + """
                        select provider_id from segment
                        where grant_key = ? and (from_on is null or from_on <= ?) and (next_from is null or next_from > ?)
                          and (end_on is null or end_on >= ?)
                        order by from_on desc nulls last limit 1""")
                .params(grantKey, on, on, on).query(Long.class).optional();
    }

    /**
     * Citizens for whom the provider delivers a grant on {@code on} or later, or delivered one that
     * ended (by the grant's end or a switch away) no earlier than {@code on - recentlyEnded}.
     */
    public Set<Long> citizensServedBy(long providerId, LocalDate on, Period recentlyEnded) {
        LocalDate since = on.minus(recentlyEnded);
        return new LinkedHashSet<>(jdbc.sql(SEGMENTS + """
                        , period as (
                            select citizen_id, greatest(coalesce(from_on, start_on), start_on) as first_day,
                                   least(end_on, next_from - 1) as last_day
                            from segment where provider_id = ?
                        )
                        select distinct citizen_id from period
                        where (last_day is null or last_day >= first_day) and (last_day is null or last_day >= ?)
                        order by citizen_id""")
                .params(providerId, since).query(Long.class).list());
    }

    static Provider provider(ResultSet rs) throws SQLException {
        return new Provider(rs.getLong("id"), rs.getInt("municipality_id"), rs.getString("name"), rs.getString("cvr"),
                ProviderKind.valueOf(rs.getString("kind")), rs.getString("phone"), rs.getString("email"),
                rs.getString("address"));
    }
}

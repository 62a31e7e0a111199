package dk.omsorg.provider.internal;

import dk.omsorg.citizen.District;
import dk.omsorg.provider.Approval;
import dk.omsorg.provider.DeliveredGrant;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderApprovals;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.provider.ProviderSettings;
import dk.omsorg.provider.SwitchRule;
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
     * The view {@code grant_delivery_segment} (R__provider_delivery_segment.sql) holds the definition, so
     * other modules' set-based SQL reads the same rule.
     */
    static final String SEGMENTS = """
            with segment as (select * from grant_delivery_segment)
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
     * {@link #deliveringGrant} for many grant days in one query: {@code [grantKey, day, providerId]} for
     * each pair that has a delivering provider.
     */
    public List<Object[]> deliveringGrants(UUID[] grantKeys, LocalDate[] days) {
        return jdbc.sql(SEGMENTS + """
                        , asked as (select * from unnest(?::text[]::uuid[], ?::text[]::date[]) as a(grant_key, day))
                        select a.grant_key, a.day,
                               (select provider_id from segment
                                where grant_key = a.grant_key and (from_on is null or from_on <= a.day)
                                  and (next_from is null or next_from > a.day) and (end_on is null or end_on >= a.day)
                                order by from_on desc nulls last limit 1) as provider_id
                        from asked a""")
                .params(java.util.Arrays.stream(grantKeys).map(UUID::toString).toArray(String[]::new),
                        java.util.Arrays.stream(days).map(LocalDate::toString).toArray(String[]::new))
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3) == null ? null : rs.getLong(3)})
                .list().stream().filter(r -> r[2] != null).toList();
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

    /** Providers of the municipality (listed) approved for the area in the district on the day, municipal first. */
    public List<Provider> approved(int municipalityId, String areaCode, String districtCode, LocalDate on) {
        return jdbc.sql("""
                        select p.* from provider p
                        where p.municipality_id = ? and p.listed
                          and exists (select 1 from provider_area_approval a where a.provider_id = p.id and a.area_code = ?
                                      and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?))
                          and exists (select 1 from provider_district_approval d where d.provider_id = p.id
                                      and d.district_code = ? and d.valid_from <= ? and (d.valid_to is null or d.valid_to >= ?))
                        order by p.kind, p.name""")
                .params(municipalityId, areaCode, on, on, districtCode, on, on).query((rs, n) -> provider(rs)).list();
    }

    public Optional<Long> idByCode(int municipalityId, String code) {
        return jdbc.sql("select id from provider where municipality_id = ? and code = ?").params(municipalityId, code)
                .query(Long.class).optional();
    }

    public boolean listed(long providerId) {
        return jdbc.sql("select listed from provider where id = ?").param(providerId).query(Boolean.class).optional()
                .orElse(false);
    }

    public ProviderApprovals approvals(long providerId) {
        List<Approval> areas = jdbc.sql("""
                        select area_code, valid_from, valid_to from provider_area_approval where provider_id = ?
                        order by area_code, valid_from""")
                .param(providerId).query((rs, n) -> approval(rs)).list();
        List<Approval> districts = jdbc.sql("""
                        select district_code, valid_from, valid_to from provider_district_approval where provider_id = ?
                        order by district_code, valid_from""")
                .param(providerId).query((rs, n) -> approval(rs)).list();
        return new ProviderApprovals(areas, districts);
    }

    public Optional<ProviderSettings> settings(int municipalityId) {
        return jdbc.sql("select * from provider_settings where municipality_id = ?").param(municipalityId)
                .query((rs, n) -> new ProviderSettings(rs.getInt("municipality_id"), rs.getBoolean("different_providers_per_area"),
                        new SwitchRule(rs.getInt("switch_notice_months"), rs.getBoolean("switch_on_first_of_month"),
                                rs.getString("switch_rule_text")),
                        List.of((String[]) rs.getArray("personal_care_areas").getArray()), rs.getString("source")))
                .optional();
    }

    /** The municipality's districts in the current policy file, by name. */
    public List<District> districts(int municipalityId) {
        return jdbc.sql("select municipality_id, code, name from district where municipality_id = ? and listed order by name")
                .param(municipalityId)
                .query((rs, n) -> new District(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The citizen's grants of current decision versions that have not ended by {@code on}, with the
     * provider delivering each on {@code on} and the next switch after it, if any.
     */
    public List<DeliveredGrant> grantsOf(int municipalityId, long citizenId, LocalDate on) {
        List<DeliveredGrant> rows = jdbc.sql("""
                        select d.id as decision_id, g.grant_key, g.intervention_code, g.intervention_name, g.area_code,
                               g.area_name, g.legal_basis, g.start_on, g.end_on, g.weekly_minutes, g.provider_choice,
                               g.selection_reason
                        from decision_grant g join decision d on d.id = g.decision_id
                        where d.status = 'CURRENT' and d.municipality_id = ? and d.citizen_id = ?
                          and (g.end_on is null or g.end_on >= ?)
                        order by g.start_on, g.intervention_name, g.grant_key""")
                .params(municipalityId, citizenId, on)
                .query((rs, n) -> new DeliveredGrant(rs.getLong("decision_id"), rs.getObject("grant_key", UUID.class),
                        rs.getString("intervention_code"), rs.getString("intervention_name"), rs.getString("area_code"),
                        rs.getString("area_name"), rs.getString("legal_basis"), rs.getObject("start_on", LocalDate.class),
                        rs.getObject("end_on", LocalDate.class), rs.getInt("weekly_minutes"),
                        rs.getString("provider_choice") == null ? null : ProviderChoiceKind.valueOf(rs.getString("provider_choice")),
                        rs.getString("selection_reason"), null, null, null))
                .list();
        return rows.stream().map(g -> {
            Long delivering = deliveringGrant(g.grantKey(), on).orElse(null);
            var next = jdbc.sql("""
                            select new_provider_id, effective_from from provider_switch
                            where grant_key = ? and effective_from > ? order by effective_from, id limit 1""")
                    .params(g.grantKey(), on)
                    .query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class)}).optional();
            return g.with(delivering, next.map(x -> (Long) x[0]).orElse(null), next.map(x -> (LocalDate) x[1]).orElse(null));
        }).toList();
    }

    public Optional<District> districtOf(long citizenId) {
        return jdbc.sql("""
                        select d.municipality_id, d.code, d.name from citizen c
                        join district d on d.municipality_id = c.municipality_id and d.code = c.district where c.id = ?""")
                .param(citizenId).query((rs, n) -> new District(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    public void insertSwitch(int municipalityId, long citizenId, UUID grantKey, Long oldProviderId, long newProviderId,
                             String cause, LocalDate requestedOn, LocalDate effectiveFrom, String note, String username,
                             java.time.Instant now) {
        jdbc.sql("""
                        insert into provider_switch (municipality_id, citizen_id, grant_key, old_provider_id, new_provider_id,
                            cause, requested_on, effective_from, note, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityId, citizenId, grantKey, oldProviderId, newProviderId, cause, requestedOn, effectiveFrom,
                        note, now.atOffset(java.time.ZoneOffset.UTC), username)
                .update();
    }

    /** The latest switch of the grant taking effect on or after {@code day}, if any. */
    public Optional<LocalDate> scheduledSwitchOnOrAfter(UUID grantKey, LocalDate day) {
        return jdbc.sql("select max(effective_from) from provider_switch where grant_key = ? and effective_from >= ?")
                .params(grantKey, day).query(LocalDate.class).optional();
    }

    /** The citizen's switches, newest first. */
    public List<SwitchRecord> switchesOf(int municipalityId, long citizenId) {
        return jdbc.sql("""
                        select s.grant_key, s.old_provider_id, s.new_provider_id, s.cause, s.requested_on, s.effective_from,
                               s.note, s.created_by
                        from provider_switch s where s.municipality_id = ? and s.citizen_id = ?
                        order by s.effective_from desc, s.id desc""")
                .params(municipalityId, citizenId)
                .query((rs, n) -> new SwitchRecord(rs.getObject("grant_key", UUID.class),
                        rs.getObject("old_provider_id", Long.class), rs.getLong("new_provider_id"), rs.getString("cause"),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
                        rs.getString("note"), rs.getString("created_by")))
                .list();
    }

    public void insertTransfer(int municipalityId, long citizenId, String from, String to, LocalDate on, String username,
                               java.time.Instant now) {
        jdbc.sql("""
                        insert into district_transfer (municipality_id, citizen_id, from_district, to_district, transferred_on,
                            created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityId, citizenId, from, to, on, now.atOffset(java.time.ZoneOffset.UTC), username).update();
    }

    /** A switch as recorded. */
    public record SwitchRecord(UUID grantKey, Long oldProviderId, long newProviderId, String cause, LocalDate requestedOn,
                               LocalDate effectiveFrom, String note, String createdBy) {
    }

    private static Approval approval(ResultSet rs) throws SQLException {
        return new Approval(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class));
    }

    static Provider provider(ResultSet rs) throws SQLException {
        return new Provider(rs.getLong("id"), rs.getInt("municipality_id"), rs.getString("name"), rs.getString("cvr"),
                ProviderKind.valueOf(rs.getString("kind")), rs.getString("phone"), rs.getString("email"),
                rs.getString("address"));
    }
}

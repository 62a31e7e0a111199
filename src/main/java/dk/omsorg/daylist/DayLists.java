package dk.omsorg.daylist;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider's day list for an outage (beredskab, issue 21: a municipality keeps "the last 3 days and 3 days
 * ahead" printed): its planned visits from a day and the following days, by district, then citizen, with address,
 * phone, access to the home and the contacts to call. One set-based query for the visits and one for the contacts;
 * only the provider's own visits; the read is audited per citizen.
 */
@Service
@Transactional
public class DayLists {

    static final String RESOURCE = "day-list";

    private final JdbcClient jdbc;
    private final Providers providers;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final DayListPolicies policies;

    DayLists(JdbcClient jdbc, Providers providers, CurrentUsers users, AuditLog audit, Clock clock, DayListPolicies policies) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.policies = policies;
    }

    /**
     * The user's provider's list with {@code first} (today when null) as its first day, for one district (its code)
     * or all when null, over the days the municipality's rule in force that day gives; the read is audited per citizen.
     */
    @RequireProvider
    public DayList mine(LocalDate first, String district) {
        long providerId = users.current().providerId();
        DayList list = of(providerId, first == null ? today() : first, district == null || district.isBlank() ? null : district);
        audit.readAll(list.citizenIds(), RESOURCE, null);
        return list;
    }

    /** A provider's list as {@link #mine} builds it, without auditing: for the night's prints (no person reads it). */
    public DayList of(long providerId, LocalDate first, String district) {
        var provider = providers.get(providerId);
        DayListPolicy rule = policies.inForce(provider.municipalityId(), first);
        return build(provider.municipalityId(), providerId, provider.name(), first, rule.from(first), rule.to(first), district);
    }

    /** The districts of the user's provider's municipality (code → name), for choosing a list per district. */
    @RequireProvider
    public Map<String, String> districts() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from district where municipality_id = ? and listed order by name")
                .param(providers.get(users.current().providerId()).municipalityId())
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    /**
     * The provider records how its staff get into the home (the key safe and who has a key); printed on the list.
     * Only for a citizen the provider serves; blank removes it.
     */
    @RequireProvider
    public void homeAccess(long citizenId, String text) {
        long providerId = users.current().providerId();
        if (!providers.citizensServedBy(providerId, LocalDate.now(clock.withZone(DanishTime.ZONE)), java.time.Period.ZERO)
                .contains(citizenId)) {
            audit.denied(citizenId, RESOURCE, null);
            throw new dk.omsorg.shared.NotFoundException("citizen.notFound");
        }
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > 1000) {
            throw new dk.omsorg.shared.InvalidInputException("homeAccess", "dayList.homeAccess.tooLong", "1000");
        }
        jdbc.sql("update citizen set home_access = ? where id = ?").params(value, citizenId).update();
        audit.changed(dk.omsorg.audit.AuditAction.UPDATE, citizenId, RESOURCE, citizenId, "adgang til hjemmet");
    }

    private record Row(long citizenId, String name, String address, String phone, String homeAccess, String districtCode,
                       String district, LocalDate day, LocalTime start, String shift, int minutes, String intervention,
                       String status) {
    }

    /**
     * The days before {@code first} hold every visit as it stands (a planned visit the provider has reported is
     * delivered or not delivered — the same visit id, so one row); the days from {@code first} only the planned ones.
     */
    private DayList build(int municipalityId, long providerId, String providerName, LocalDate first, LocalDate from, LocalDate to, String district) {
        List<Row> rows = jdbc.sql("""
                        select c.id, c.name, c.address, c.phone, c.home_access, coalesce(c.district, '') as district_code,
                               coalesce(d.name, 'Uden distrikt') as district,
                               v.visit_date, v.start_time, v.shift, v.minutes, coalesce(g.intervention_name, '') as intervention,
                               case when v.visit_date >= :first then null
                                    when v.kind = 'PLANNED' then 'dayList.status.notReported'
                                    when v.not_delivered_reason is not null then 'delivery.reason.' || v.not_delivered_reason
                                    else 'dayList.status.delivered' end as status
                        from visit v
                        join citizen c on c.id = v.citizen_id
                        left join district d on d.municipality_id = c.municipality_id and d.code = c.district
                        left join lateral (select dg.intervention_name from decision_grant dg where dg.grant_key = v.grant_key
                                           order by dg.version_no desc limit 1) g on true
                        where v.municipality_id = :m and v.provider_id = :provider and v.visit_date between :from and :to
                          and (v.kind = 'PLANNED' or v.visit_date < :first)
                          and (cast(:district as text) is null or c.district = :district)
                        order by district, c.name, c.id, v.visit_date, v.start_time nulls last, v.shift""")
                .param("first", first).param("m", municipalityId).param("provider", providerId).param("from", from).param("to", to)
                .param("district", district)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalTime.class),
                        rs.getString(10), rs.getInt(11), rs.getString(12), rs.getString(13)))
                .list();
        Long[] ids = rows.stream().map(Row::citizenId).distinct().toArray(Long[]::new);
        Map<Long, List<DayList.Contact>> contacts = new LinkedHashMap<>();
        jdbc.sql("""
                        select citizen_id, name, relation, phone from citizen_contact
                        where citizen_id = any(?) and ended_on is null order by citizen_id, name""")
                .param(ids)
                .query((rs, n) -> contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new DayList.Contact(rs.getString(2), "contact.relation." + rs.getString(3), rs.getString(4))))
                .list();
        Map<String, Map<Long, List<Row>>> byDistrict = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        rows.forEach(r -> {
            codes.putIfAbsent(r.district(), r.districtCode());
            byDistrict.computeIfAbsent(r.district(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.citizenId(), k -> new ArrayList<>()).add(r);
        });
        List<DayList.District> districts = new ArrayList<>();
        byDistrict.forEach((name, citizens) -> {
            List<DayList.CitizenVisits> list = new ArrayList<>();
            citizens.forEach((id, visits) -> {
                Row c = visits.get(0);
                list.add(new DayList.CitizenVisits(id, c.name(), c.address(), c.phone(), c.homeAccess(),
                        contacts.getOrDefault(id, List.of()),
                        visits.stream().map(v -> new DayList.Visit(v.day(), v.start(), v.shift(), v.minutes(), v.intervention(),
                                v.status())).toList()));
            });
            districts.add(new DayList.District(codes.get(name), name, list));
        });
        return new DayList(providerName, first, from, to, district, districts);
    }
}

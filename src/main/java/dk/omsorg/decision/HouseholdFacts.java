package dk.omsorg.decision;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.HouseholdGrant;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Shift;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.HouseholdMember;
import dk.omsorg.citizen.Households;
import dk.omsorg.decision.internal.HouseholdRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the decision check needs of the citizen's household: the other members' current grants (of their current
 * decisions, not ended before the decision date), and which areas are practical help. The citizen module knows the
 * household; the grants are this module's; the catalogue gets both as data.
 */
@Component
class HouseholdFacts {

    /**
     * The others' current grants; {@code grants} is null when the citizen is in no registered household.
     *
     * @param areaCodes each grant's area code, by the same index as {@code grants}
     */
    record Facts(List<HouseholdGrant> grants, List<String> areaCodes) {
        static final Facts NONE = new Facts(null, List.of());
    }

    private final Households households;
    private final HouseholdRules rules;
    private final JdbcClient jdbc;

    HouseholdFacts(Households households, HouseholdRules rules, JdbcClient jdbc) {
        this.households = households;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    Facts of(Citizen citizen, LocalDate decidedOn) {
        List<HouseholdMember> members = households.othersOf(citizen.id());
        if (members.isEmpty()) {
            return Facts.NONE;
        }
        Map<Long, String> names = members.stream()
                .collect(Collectors.toMap(HouseholdMember::citizenId, HouseholdMember::name));
        record Row(HouseholdGrant grant, String area) {
        }
        List<Row> rows = jdbc.sql("""
                        select d.citizen_id, g.area_code, g.intervention_code, g.times, g.per, g.every_n, g.shifts,
                               g.minutes_per_delivery, g.start_on, g.end_on
                        from decision_grant g join decision d on d.id = g.decision_id
                        where d.municipality_id = :municipality and d.citizen_id in (:members) and d.status = 'CURRENT'
                          and (g.end_on is null or g.end_on >= :day)
                        order by d.citizen_id, g.start_on""")
                .param("municipality", citizen.municipalityId()).param("members", names.keySet())
                .param("day", decidedOn)
                .query((rs, n) -> {
                    Array array = rs.getArray("shifts");
                    Set<Shift> shifts = EnumSet.noneOf(Shift.class);
                    Arrays.stream((String[]) array.getArray()).map(Shift::valueOf).forEach(shifts::add);
                    ProposedGrant grant = new ProposedGrant(rs.getString("intervention_code"), rs.getInt("times"),
                            FrequencyUnit.valueOf(rs.getString("per")), rs.getInt("every_n"), shifts,
                            rs.getInt("minutes_per_delivery"), rs.getObject("start_on", LocalDate.class),
                            rs.getObject("end_on", LocalDate.class));
                    return new Row(new HouseholdGrant(names.get(rs.getLong("citizen_id")), grant), rs.getString("area_code"));
                }).list();
        return new Facts(rows.stream().map(Row::grant).toList(), rows.stream().map(Row::area).toList());
    }

    /** Whether the area is practical help in the citizen's municipality on the day. */
    boolean practicalHelp(int municipalityId, String areaCode, LocalDate day) {
        return rules.practicalHelp(municipalityId, areaCode, day);
    }
}

package dk.omsorg.places.internal;

import dk.omsorg.places.PlaceListEntry;
import dk.omsorg.places.PlaceOffer;
import dk.omsorg.places.WaitingList;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the rows of place_list_entry, place_priority_change and place_offer (V49) of one municipality. */
@Component
public class PlaceRows {

    private static final String ENTRY = """
            select e.*, c.name as citizen_name from place_list_entry e join citizen c on c.id = e.citizen_id
            """;
    private static final String OFFER = """
            select o.*, e.citizen_id, e.list, (select s.id from place_stay s where s.offer_id = o.id) as stay_id
            from place_offer o join place_list_entry e on e.id = o.entry_id
            """;

    private final JdbcClient jdbc;

    PlaceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry, or 404 when it is no entry of the municipality. */
    public PlaceListEntry entry(int municipalityId, long id) {
        return jdbc.sql(ENTRY + " where e.municipality_id = ? and e.id = ?").params(municipalityId, id)
                .query(PlaceRows::entry).optional().orElseThrow(() -> new NotFoundException("place.entry.notFound"));
    }

    public List<PlaceListEntry> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(ENTRY + " where e.municipality_id = ? and e.citizen_id = ? order by e.listed_on desc, e.id desc")
                .params(municipalityId, citizenId).query(PlaceRows::entry).list();
    }

    /** The live entries (waiting or with an open offer) of a list, in no particular order. */
    public List<PlaceListEntry> live(int municipalityId, WaitingList list) {
        return jdbc.sql(ENTRY + " where e.municipality_id = ? and e.list = ? and e.status in ('WAITING','OFFERED')")
                .params(municipalityId, list.name()).query(PlaceRows::entry).list();
    }

    public List<PlaceListEntry.PriorityChange> priorityChanges(long entryId) {
        return jdbc.sql("""
                        select changed_on, from_class, to_class, reason, changed_by from place_priority_change
                        where entry_id = ? order by changed_on, id""")
                .param(entryId).query((rs, n) -> new PlaceListEntry.PriorityChange(rs.getObject("changed_on", LocalDate.class),
                        rs.getString("from_class"), rs.getString("to_class"), rs.getString("reason"), rs.getString("changed_by")))
                .list();
    }

    /** The offer, or 404 when it is no offer of the municipality. */
    public PlaceOffer offer(int municipalityId, long id) {
        return jdbc.sql(OFFER + " where o.municipality_id = ? and o.id = ?").params(municipalityId, id)
                .query(PlaceRows::offer).optional().orElseThrow(() -> new NotFoundException("place.offer.notFound"));
    }

    public List<PlaceOffer> offers(long entryId) {
        return jdbc.sql(OFFER + " where o.entry_id = ? order by o.offered_on desc, o.id desc").param(entryId)
                .query(PlaceRows::offer).list();
    }

    public Optional<PlaceOffer> openOffer(long entryId) {
        return jdbc.sql(OFFER + " where o.entry_id = ? and o.status = 'OFFERED'").param(entryId).query(PlaceRows::offer).optional();
    }

    private static PlaceListEntry entry(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("removal_reason");
        return new PlaceListEntry(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("citizen_name"),
                WaitingList.valueOf(rs.getString("list")), rs.getObject("grant_key", UUID.class), rs.getLong("decision_id"),
                rs.getString("purpose"), rs.getString("priority_class"), rs.getString("wished_unit"),
                texts(rs.getArray("preferred_units")), texts(rs.getArray("refused_units")),
                rs.getObject("listed_on", LocalDate.class), rs.getObject("guarantee_from", LocalDate.class),
                rs.getObject("in_hospital_since", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                PlaceListEntry.Status.valueOf(rs.getString("status")), rs.getObject("removed_on", LocalDate.class),
                reason == null ? null : PlaceListEntry.RemovalReason.valueOf(reason), rs.getString("removal_note"),
                rs.getString("created_by"), rs.getInt("version"));
    }

    private static PlaceOffer offer(ResultSet rs, int n) throws SQLException {
        return new PlaceOffer(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("citizen_id"),
                WaitingList.valueOf(rs.getString("list")), rs.getString("unit_code"), rs.getInt("place_no"),
                rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class),
                rs.getObject("offered_on", LocalDate.class), rs.getString("offered_by"),
                PlaceOffer.Status.valueOf(rs.getString("status")), rs.getObject("answered_on", LocalDate.class),
                rs.getString("decline_reason"), rs.getObject("refusal_received_on", LocalDate.class),
                rs.getObject("stay_id", Long.class), rs.getInt("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}

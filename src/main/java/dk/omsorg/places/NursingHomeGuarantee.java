package dk.omsorg.places;

import dk.omsorg.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plejeboliggaranti (serviceloven § 192 a / almenboligloven § 58 a): a citizen on the general nursing-home list is
 * offered a place at the latest {@link ListRule.Guarantee#offerBy} after the guarantee's start — the list date, or the
 * day a refusal of an offer was received (place_list_entry.guarantee_from) — ready to move into at the latest
 * {@link ListRule.Guarantee#readyBy}. It does not apply to a specific list (a wished nursing home). The deadlines of
 * the live entries, and the breaches: an entry still without an offer after its offer-by date, an offer made after
 * it, an offer whose move-in day is after the ready-by date.
 */
@Service
public class NursingHomeGuarantee {

    static final String RESOURCE = "place-guarantee";

    private final JdbcClient jdbc;
    private final PlacePolicies policies;
    private final AuditLog audit;

    NursingHomeGuarantee(JdbcClient jdbc, PlacePolicies policies, AuditLog audit) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
    }

    /**
     * A live general-list entry's deadlines. {@code daysLeft}: days from today to the offer-by date (negative when
     * passed); {@code offeredOn}/{@code offeredMoveIn}: the first offer since the guarantee's start, if any.
     */
    public record Deadline(long entryId, long citizenId, String citizenName, LocalDate listedOn, LocalDate guaranteeFrom,
                           LocalDate offerBy, LocalDate readyBy, long daysLeft, LocalDate offeredOn, LocalDate offeredMoveIn,
                           String status) {
    }

    /** A live specific-list entry: no guarantee (the citizen waits for the wished nursing home). */
    public record Specific(long entryId, long citizenId, String citizenName, LocalDate listedOn, String wishedUnit) {
    }

    public enum BreachKind {
        /** No offer by the offer-by date (as of today). */
        NOT_OFFERED,
        /** The offer was made after the offer-by date. */
        OFFER_LATE,
        /** The offered move-in day is after the ready-by date. */
        MOVE_IN_LATE
    }

    /** {@code deadline} passed by {@code daysOver} days; {@code actual}: the offer day or move-in day (null for NOT_OFFERED). */
    public record Breach(BreachKind kind, long entryId, long citizenId, String citizenName, LocalDate guaranteeFrom,
                         LocalDate deadline, LocalDate actual, long daysOver, Long offerId) {
    }

    public record Overview(LocalDate today, List<Deadline> general, List<Specific> specific) {
    }

    /** The guarantee of the municipality's general list; null when it runs none. */
    public ListRule.Guarantee guarantee(int municipalityId) {
        return policies.forMunicipality(municipalityId).flatMap(p -> p.list(WaitingList.NURSING_HOME_GENERAL))
                .map(ListRule::guarantee).orElse(null);
    }

    /** Every live general-list entry with its deadlines (nearest offer-by first), and the specific-list entries. */
    @Transactional
    public Overview overview(int municipalityId, LocalDate today) {
        List<Deadline> general = deadlines(municipalityId, today);
        List<Specific> specific = jdbc.sql("""
                        select e.id, e.citizen_id, c.name, e.listed_on, u.name
                        from place_list_entry e join citizen c on c.id = e.citizen_id
                        join place_unit u on u.municipality_id = e.municipality_id and u.code = e.wished_unit
                        where e.municipality_id = ? and e.list = 'NURSING_HOME_SPECIFIC' and e.status in ('WAITING','OFFERED')
                        order by e.listed_on, e.id""")
                .param(municipalityId)
                .query((rs, n) -> new Specific(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
        readAll(Stream.concat(general.stream().map(Deadline::citizenId), specific.stream().map(Specific::citizenId)).toList());
        return new Overview(today, general, specific);
    }

    /** The live general-list entries with their deadlines, nearest offer-by date first (not audited: for jobs). */
    public List<Deadline> deadlines(int municipalityId, LocalDate today) {
        ListRule.Guarantee g = guarantee(municipalityId);
        return jdbc.sql("""
                        select e.id, e.citizen_id, c.name, e.listed_on, e.guarantee_from, o.offered_on, o.from_on, e.status
                        from place_list_entry e join citizen c on c.id = e.citizen_id
                        left join lateral (select offered_on, from_on from place_offer o
                                           where o.entry_id = e.id and o.status <> 'WITHDRAWN' and o.offered_on >= e.guarantee_from
                                           order by o.offered_on, o.id limit 1) o on true
                        where e.municipality_id = ? and e.list = 'NURSING_HOME_GENERAL' and e.status in ('WAITING','OFFERED')""")
                .param(municipalityId)
                .query((rs, n) -> {
                    LocalDate from = rs.getObject(5, LocalDate.class);
                    LocalDate offerBy = g == null ? null : g.offerBy(from);
                    return new Deadline(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), from,
                            offerBy, g == null ? null : g.readyBy(from),
                            offerBy == null ? 0 : ChronoUnit.DAYS.between(today, offerBy),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8));
                })
                .list().stream()
                .sorted(Comparator.comparing(Deadline::offerBy, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Deadline::entryId))
                .toList();
    }

    /**
     * The breaches: live entries without an offer past their offer-by date (as of {@code today}), and offers made
     * in [{@code from}, {@code to}] that came late or offered a move-in after the ready-by date. An offer is judged
     * by the guarantee's start in force when it was made: the entry's guarantee_from for offers since then, and for
     * earlier ones the list date or the latest refusal received before it (a decline restarts the 2 months).
     */
    @Transactional
    public List<Breach> breaches(int municipalityId, LocalDate today, LocalDate from, LocalDate to) {
        ListRule.Guarantee g = guarantee(municipalityId);
        if (g == null) {
            return List.of();
        }
        List<Breach> breaches = new ArrayList<>();
        for (Deadline d : deadlines(municipalityId, today)) {
            if (d.offeredOn() == null && today.isAfter(d.offerBy())) {
                breaches.add(new Breach(BreachKind.NOT_OFFERED, d.entryId(), d.citizenId(), d.citizenName(),
                        d.guaranteeFrom(), d.offerBy(), null, ChronoUnit.DAYS.between(d.offerBy(), today), null));
            }
        }
        jdbc.sql("""
                        select o.id, e.id, e.citizen_id, c.name, o.offered_on, o.from_on,
                               case when o.offered_on >= e.guarantee_from then e.guarantee_from
                                    else greatest(e.listed_on, (select max(d.refusal_received_on) from place_offer d
                                                                where d.entry_id = e.id and d.id <> o.id and d.status = 'DECLINED'
                                                                  and d.refusal_received_on <= o.offered_on)) end
                        from place_offer o join place_list_entry e on e.id = o.entry_id join citizen c on c.id = e.citizen_id
                        where e.municipality_id = ? and e.list = 'NURSING_HOME_GENERAL' and o.status <> 'WITHDRAWN'
                          and o.offered_on between ? and ?
                        order by o.offered_on, o.id""")
                .params(municipalityId, from, to)
                .query(rs -> {
                    LocalDate offeredOn = rs.getObject(5, LocalDate.class);
                    LocalDate moveIn = rs.getObject(6, LocalDate.class);
                    LocalDate start = rs.getObject(7, LocalDate.class);
                    long offerId = rs.getLong(1);
                    if (offeredOn.isAfter(g.offerBy(start))) {
                        breaches.add(new Breach(BreachKind.OFFER_LATE, rs.getLong(2), rs.getLong(3), rs.getString(4), start,
                                g.offerBy(start), offeredOn, ChronoUnit.DAYS.between(g.offerBy(start), offeredOn), offerId));
                    }
                    if (moveIn.isAfter(g.readyBy(start))) {
                        breaches.add(new Breach(BreachKind.MOVE_IN_LATE, rs.getLong(2), rs.getLong(3), rs.getString(4), start,
                                g.readyBy(start), moveIn, ChronoUnit.DAYS.between(g.readyBy(start), moveIn), offerId));
                    }
                });
        readAll(breaches.stream().map(Breach::citizenId).toList());
        return breaches;
    }

    private void readAll(List<Long> citizenIds) {
        if (!citizenIds.isEmpty()) {
            audit.readAll(citizenIds.stream().distinct().toList(), RESOURCE, "plejeboliggaranti");
        }
    }
}

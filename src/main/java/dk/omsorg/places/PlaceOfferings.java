package dk.omsorg.places;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.places.internal.PlaceRows;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offering a free place to a citizen on a list, and the citizen's answer (seed 002: "Ved ledig bolig tilbyder
 * teamleder midlertidig bolig til den borger, som har højest prioritet på ventelisten og ældste ventelistedato").
 * Offers are the team leader's and the coordinator's. Accepting plans the stay ({@link StayBooking}); a refusal on the
 * general nursing-home list restarts the plejeboliggaranti from the day it was received (serviceloven § 192 a).
 */
@Service
@Transactional
public class PlaceOfferings {

    static final String RESOURCE = "place-offer";

    private final JdbcClient jdbc;
    private final PlaceLists lists;
    private final PlaceRows rows;
    private final PlacePolicies policies;
    private final FreePlaces free;
    private final StayBooking booking;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    PlaceOfferings(JdbcClient jdbc, PlaceLists lists, PlaceRows rows, PlacePolicies policies, FreePlaces free,
                   StayBooking booking, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.rows = rows;
        this.policies = policies;
        this.free = free;
        this.booking = booking;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param version the entry's version
     * @param toOn    the planned move-out (exclusive), temporary and interval stays only; null = until further notice
     */
    public record NewOffer(Long entryId, Integer version, String unitCode, Integer placeNo, LocalDate fromOn, LocalDate toOn) {
    }

    public record Answer(Integer version, String reason, LocalDate refusalReceivedOn) {
    }

    @RequireQueueManagement
    public PlaceOffer offer(NewOffer input) {
        if (input.entryId() == null) {
            throw new InvalidInputException("entryId", "place.offer.entry.required");
        }
        PlaceListEntry entry = lists.accessible(input.entryId());
        if (entry.status() == PlaceListEntry.Status.OFFERED) {
            throw new ConflictException("place.offer.alreadyOpen");
        }
        if (!entry.status().live()) {
            throw new InvalidInputException("entryId", "place.offer.notOnList", entry.citizenName(), lists.listName(entry.list()));
        }
        int municipality = users.current().municipalityId();
        LocalDate today = lists.today();
        List<Violation> violations = new ArrayList<>();
        String unitCode = input.unitCode() == null ? null : input.unitCode().strip();
        Optional<PlaceUnit> unit = policies.forMunicipality(municipality).flatMap(p -> unitCode == null ? Optional.empty() : p.unit(unitCode));
        if (unitCode == null || unitCode.isEmpty()) {
            violations.add(new Violation("unitCode", "place.offer.unit.required"));
        } else if (unit.isEmpty() || !unit.get().waitingLists().contains(entry.list())) {
            violations.add(new Violation("unitCode", "place.entry.unit.notServing", unit.map(PlaceUnit::name).orElse(unitCode), lists.listName(entry.list())));
        } else if (entry.wishedUnit() != null && !entry.wishedUnit().equals(unitCode)) {
            violations.add(new Violation("unitCode", "place.offer.unit.notWished", unit.get().name()));
        }
        if (input.fromOn() == null) {
            violations.add(new Violation("fromOn", "place.offer.fromOn.required"));
        } else {
            if (input.fromOn().isBefore(today)) {
                violations.add(new Violation("fromOn", "place.offer.fromOn.past"));
            } else if (unit.isPresent() && !unit.get().inForceOn(input.fromOn())) {
                violations.add(new Violation("fromOn", "place.offer.unit.notInForce", unit.get().name()));
            }
            if (input.toOn() != null && !input.toOn().isAfter(input.fromOn())) {
                violations.add(new Violation("toOn", "place.offer.toOn.notAfterFrom"));
            }
        }
        if (input.toOn() != null && entry.list() != WaitingList.TEMPORARY_STAY && entry.list() != WaitingList.INTERVAL_STAY) {
            violations.add(new Violation("toOn", "place.offer.toOn.notThisList"));
        }
        if (input.placeNo() == null) {
            violations.add(new Violation("placeNo", "place.offer.placeNo.required"));
        } else if (unit.isPresent() && (input.placeNo() < 1 || input.placeNo() > unit.get().places())) {
            violations.add(new Violation("placeNo", "place.offer.placeNo.range", unit.get().name(), unit.get().places()));
        } else if (unit.isPresent() && input.fromOn() != null && violations.isEmpty()
                && !free.isFree(municipality, unitCode, input.placeNo(), input.fromOn(), input.toOn(), null)) {
            violations.add(new Violation("placeNo", "place.offer.placeNotFree", input.placeNo(), unit.get().name()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        entryStatus(entry.id(), input.version(), "OFFERED", null);
        long id;
        try {
            id = jdbc.sql("""
                            insert into place_offer (municipality_id, entry_id, unit_code, place_no, from_on, to_on, offered_on,
                                offered_by, status, created_at, modified_at, modified_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'OFFERED', ?, ?, ?) returning id""")
                    .params(municipality, entry.id(), unitCode, input.placeNo(), input.fromOn(), input.toOn(), today, user,
                            now, now, user)
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException e) {
            if ("place_offer_open".equals(PlaceLists.constraint(e))) {
                throw new ConflictException("place.offer.alreadyOpen");
            }
            throw e;
        }
        audit.changed(AuditAction.CREATE, entry.citizenId(), RESOURCE, id, "plads tilbudt");
        return rows.offer(municipality, id);
    }

    @RequireCitizenAccess
    public PlaceOffer read(long offerId) {
        PlaceOffer offer = accessible(offerId);
        audit.read(offer.citizenId(), RESOURCE, offerId);
        return offer;
    }

    /** The offers made from an entry, newest first. */
    @RequireCitizenAccess
    public List<PlaceOffer> forEntry(long entryId) {
        PlaceListEntry entry = lists.accessible(entryId);
        audit.read(entry.citizenId(), RESOURCE, null);
        return rows.offers(entryId);
    }

    /** The citizen accepts: the stay is planned for the offered days; the entry is placed. */
    @RequireQueueManagement
    public PlaceOffer accept(long offerId, Integer version) {
        PlaceOffer offer = open(offerId);
        answer(offer, version, "ACCEPTED", null, null);
        entryStatus(offer.entryId(), null, "PLACED", null);
        booking.plan(new StayBooking.Booking(users.current().municipalityId(), offer.citizenId(), offer.unitCode(),
                offer.placeNo(), offer.fromOn(), offer.toOn(), offer.id(), offer.entryId()), users.current().username());
        audit.changed(AuditAction.UPDATE, offer.citizenId(), RESOURCE, offerId, "tilbud om plads accepteret");
        return rows.offer(users.current().municipalityId(), offerId);
    }

    /**
     * The citizen declines, with the reason and the day the refusal was received: the entry waits again; on the
     * general nursing-home list the guarantee runs from that day (serviceloven § 192 a).
     */
    @RequireQueueManagement
    public PlaceOffer decline(long offerId, Answer input) {
        PlaceOffer offer = open(offerId);
        List<Violation> violations = new ArrayList<>();
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            violations.add(new Violation("reason", "place.offer.declineReason.required"));
        } else if (reason.length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation("reason", "place.entry.text.tooLong", InputLimits.TEXT_LENGTH));
        }
        LocalDate received = input.refusalReceivedOn();
        if (received == null) {
            violations.add(new Violation("refusalReceivedOn", "place.offer.refusalReceivedOn.required"));
        } else if (received.isAfter(lists.today())) {
            violations.add(new Violation("refusalReceivedOn", "place.offer.refusalReceivedOn.future"));
        } else if (received.isBefore(offer.offeredOn())) {
            violations.add(new Violation("refusalReceivedOn", "place.offer.refusalReceivedOn.beforeOffer"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        answer(offer, input.version(), "DECLINED", reason, received);
        entryStatus(offer.entryId(), null, "WAITING", offer.list() == WaitingList.NURSING_HOME_GENERAL ? received : null);
        audit.changed(AuditAction.UPDATE, offer.citizenId(), RESOURCE, offerId, "tilbud om plads afslået");
        return rows.offer(users.current().municipalityId(), offerId);
    }

    /** The offer is taken back (made by mistake, or the place is needed otherwise): the entry waits again. */
    @RequireQueueManagement
    public PlaceOffer withdraw(long offerId, Integer version) {
        PlaceOffer offer = open(offerId);
        answer(offer, version, "WITHDRAWN", null, null);
        entryStatus(offer.entryId(), null, "WAITING", null);
        audit.changed(AuditAction.UPDATE, offer.citizenId(), RESOURCE, offerId, "tilbud om plads trukket tilbage");
        return rows.offer(users.current().municipalityId(), offerId);
    }

    private PlaceOffer accessible(long offerId) {
        PlaceOffer offer = rows.offer(users.current().municipalityId(), offerId);
        lists.accessible(offer.entryId());
        return offer;
    }

    /** An offer still waiting for the answer; answering twice is refused, nothing changed. */
    private PlaceOffer open(long offerId) {
        PlaceOffer offer = accessible(offerId);
        if (offer.status() != PlaceOffer.Status.OFFERED) {
            throw new ConflictException("place.offer.answered");
        }
        return offer;
    }

    private void answer(PlaceOffer offer, Integer version, String status, String reason, LocalDate received) {
        int updated = jdbc.sql("""
                        update place_offer set status = ?, answered_on = ?, decline_reason = ?, refusal_received_on = ?,
                            modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'OFFERED'""")
                .params(status, lists.today(), reason, received, Timestamp.from(Instant.now(clock)), users.current().username(),
                        offer.id(), version == null ? -1 : version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Place offer " + offer.id() + " changed meanwhile");
        }
    }

    /** Moves the entry on; with {@code version} null the offer's own version check has guarded the change. */
    private void entryStatus(long entryId, Integer version, String status, LocalDate guaranteeFrom) {
        int updated = jdbc.sql("""
                        update place_list_entry set status = ?, guarantee_from = coalesce(?, guarantee_from), modified_at = ?,
                            modified_by = ?, version = version + 1
                        where id = ? and status in ('WAITING','OFFERED') and (? or version = ?)""")
                .params(status, guaranteeFrom, Timestamp.from(Instant.now(clock)), users.current().username(), entryId,
                        version == null && !"OFFERED".equals(status), version == null ? -1 : version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Place list entry " + entryId + " changed meanwhile");
        }
    }
}

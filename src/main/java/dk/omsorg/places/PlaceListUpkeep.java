package dk.omsorg.places;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.decision.RequireDeciding;
import dk.omsorg.places.internal.PlaceRows;
import dk.omsorg.places.internal.ReviewTasks;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
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

/**
 * The caseworker keeps an entry current (seed 002: "Prioritering af borgers status på venteliste, skal ændres i takt
 * med ændringer i borgerens livssituation"): a priority change with date and reason, a review, a removal with its
 * reason. Each needs the entry's version (stale → 409) and closes the open review task of the entry.
 */
@Service
@Transactional
public class PlaceListUpkeep {

    private final JdbcClient jdbc;
    private final PlaceLists lists;
    private final PlaceRows rows;
    private final PlacePolicies policies;
    private final ReviewTasks tasks;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    PlaceListUpkeep(JdbcClient jdbc, PlaceLists lists, PlaceRows rows, PlacePolicies policies, ReviewTasks tasks,
                    CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.rows = rows;
        this.policies = policies;
        this.tasks = tasks;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param changedOn default today; inHospitalSince for the class of discharge-ready hospital patients */
    public record PriorityChange(Integer version, String toClass, LocalDate changedOn, String reason, LocalDate inHospitalSince) {
    }

    /** @param removedOn default today; note required for OTHER */
    public record Removal(Integer version, PlaceListEntry.RemovalReason reason, LocalDate removedOn, String note) {
    }

    @RequireDeciding
    public PlaceListEntry changePriority(long entryId, PriorityChange input) {
        PlaceListEntry entry = live(entryId);
        LocalDate today = lists.today();
        List<Violation> violations = new ArrayList<>();
        if (entry.list() != WaitingList.TEMPORARY_STAY) {
            throw new InvalidInputException("toClass", "place.entry.priorityClass.notThisList");
        }
        String to = input.toClass() == null || input.toClass().isBlank() ? null : input.toClass().strip();
        PlaceChecks.priorityClass(policies.forMunicipality(users.current().municipalityId()), to, today, "toClass", violations);
        if (to != null && to.equals(entry.priorityClass())) {
            violations.add(new Violation("toClass", "place.entry.priorityClass.same"));
        }
        LocalDate changedOn = input.changedOn() == null ? today : input.changedOn();
        if (changedOn.isAfter(today)) {
            violations.add(new Violation("changedOn", "place.entry.changedOn.future"));
        } else if (changedOn.isBefore(entry.listedOn())) {
            violations.add(new Violation("changedOn", "place.entry.changedOn.beforeListed"));
        }
        String reason = text(input.reason(), "reason", "place.entry.reason.required", violations);
        boolean hospital = PlaceLists.HOSPITAL_DISCHARGE_READY.equals(to);
        if (hospital) {
            PlaceChecks.inHospitalSince(input.inHospitalSince(), today, violations);
        } else if (input.inHospitalSince() != null) {
            violations.add(new Violation("inHospitalSince", "place.entry.inHospitalSince.notThisClass"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        update(entry, input.version(), "priority_class = ?, in_hospital_since = ?, reviewed_on = ?", to,
                hospital ? input.inHospitalSince() : null, today);
        jdbc.sql("""
                        insert into place_priority_change (entry_id, changed_on, from_class, to_class, reason, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, changedOn, entry.priorityClass(), to, reason, Timestamp.from(Instant.now(clock)),
                        users.current().username())
                .update();
        audit.changed(AuditAction.UPDATE, entry.citizenId(), PlaceLists.RESOURCE, entryId, "prioritet på venteliste ændret");
        tasks.done(users.current().municipalityId(), entry, users.current().username());
        return rows.entry(users.current().municipalityId(), entryId);
    }

    /** The caseworker confirms the entry is current: reviewed today; the open review task closes. */
    @RequireDeciding
    public PlaceListEntry review(long entryId, Integer version) {
        PlaceListEntry entry = live(entryId);
        update(entry, version, "reviewed_on = ?", lists.today());
        audit.changed(AuditAction.UPDATE, entry.citizenId(), PlaceLists.RESOURCE, entryId, "venteliste gennemgået");
        tasks.done(users.current().municipalityId(), entry, users.current().username());
        return rows.entry(users.current().municipalityId(), entryId);
    }

    /** Takes the citizen off the list with the reason; an open offer is withdrawn. */
    @RequireDeciding
    public PlaceListEntry remove(long entryId, Removal input) {
        PlaceListEntry entry = live(entryId);
        LocalDate today = lists.today();
        List<Violation> violations = new ArrayList<>();
        if (input.reason() == null) {
            violations.add(new Violation("reason", "place.entry.removal.reason.required"));
        }
        LocalDate removedOn = input.removedOn() == null ? today : input.removedOn();
        if (removedOn.isAfter(today)) {
            violations.add(new Violation("removedOn", "place.entry.removedOn.future"));
        } else if (removedOn.isBefore(entry.listedOn())) {
            violations.add(new Violation("removedOn", "place.entry.removedOn.beforeListed"));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (input.reason() == PlaceListEntry.RemovalReason.OTHER && note == null) {
            violations.add(new Violation("note", "place.entry.removal.note.required"));
        } else if (note != null && note.length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation("note", "place.entry.text.tooLong", InputLimits.TEXT_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        update(entry, input.version(), "status = 'REMOVED', removed_on = ?, removal_reason = ?, removal_note = ?",
                removedOn, input.reason().name(), note);
        withdrawOpenOffer(entryId, users.current().username());
        audit.changed(AuditAction.UPDATE, entry.citizenId(), PlaceLists.RESOURCE, entryId, "taget af venteliste");
        tasks.cancelled(users.current().municipalityId(), entry, users.current().username());
        return rows.entry(users.current().municipalityId(), entryId);
    }

    /**
     * Takes the citizen off every live entry of the lists whose rule in {@code policy} removes on a hospital admission
     * (places.yaml removeOnAdmission; seed 002 asks to be told). In the absence's own transaction; returns how many.
     */
    public int removeOnAdmission(PlacePolicy policy, long citizenId, LocalDate admittedOn, String by) {
        return removeLive(policy.municipalityId(), citizenId, admittedOn, by, "HOSPITAL_ADMISSION",
                "taget af venteliste ved indlæggelse", entry -> policy.list(entry.list()).filter(ListRule::removeOnAdmission).isPresent());
    }

    /** The citizen died: off every list (seed 002 asks to be told "ved dødsfald"), on the day of death. */
    public int removeOnDeath(int municipalityId, long citizenId, LocalDate diedOn, String by) {
        return removeLive(municipalityId, citizenId, diedOn, by, "DEATH", "taget af venteliste ved dødsfald", entry -> true);
    }

    private int removeLive(int municipalityId, long citizenId, LocalDate day, String by, String reason, String detail,
                           java.util.function.Predicate<PlaceListEntry> which) {
        int removed = 0;
        for (PlaceListEntry entry : rows.forCitizen(municipalityId, citizenId)) {
            if (!entry.status().live() || !which.test(entry)) {
                continue;
            }
            // removed on the day, never before the list date nor after today (a planned admission)
            LocalDate on = day.isAfter(lists.today()) ? lists.today() : day;
            on = on.isBefore(entry.listedOn()) ? entry.listedOn() : on;
            jdbc.sql("""
                            update place_list_entry set status = 'REMOVED', removed_on = ?, removal_reason = ?,
                                modified_at = ?, modified_by = ?, version = version + 1 where id = ?""")
                    .params(on, reason, Timestamp.from(Instant.now(clock)), by, entry.id()).update();
            withdrawOpenOffer(entry.id(), by);
            audit.changed(AuditAction.UPDATE, citizenId, PlaceLists.RESOURCE, entry.id(), detail);
            tasks.cancelled(municipalityId, entry, by);
            removed++;
        }
        return removed;
    }

    private void withdrawOpenOffer(long entryId, String by) {
        jdbc.sql("""
                        update place_offer set status = 'WITHDRAWN', answered_on = ?, modified_at = ?, modified_by = ?,
                            version = version + 1 where entry_id = ? and status = 'OFFERED'""")
                .params(lists.today(), Timestamp.from(Instant.now(clock)), by, entryId).update();
    }

    private PlaceListEntry live(long entryId) {
        PlaceListEntry entry = lists.accessible(entryId);
        if (!entry.status().live()) {
            throw new ConflictException("place.entry.notLive");
        }
        return entry;
    }

    private void update(PlaceListEntry entry, Integer version, String set, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.add(Timestamp.from(Instant.now(clock)));
        params.add(users.current().username());
        params.add(entry.id());
        params.add(version == null ? -1 : version);
        int updated = jdbc.sql("update place_list_entry set " + set + ", modified_at = ?, modified_by = ?, version = version + 1 "
                + "where id = ? and version = ? and status in ('WAITING','OFFERED')").params(params).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Place list entry " + entry.id() + " changed meanwhile");
        }
    }

    private static String text(String text, String field, String requiredKey, List<Violation> violations) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            violations.add(new Violation(field, requiredKey));
        } else if (stripped.length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation(field, "place.entry.text.tooLong", InputLimits.TEXT_LENGTH));
        }
        return stripped;
    }
}

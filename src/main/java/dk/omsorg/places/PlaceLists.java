package dk.omsorg.places;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.RequireDeciding;
import dk.omsorg.places.internal.PlaceRows;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.web.Messages;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Putting a citizen on a waiting list under a current grant, reading entries, and the ranked candidates of a list
 * (seed 002: "Ved ledig bolig tilbyder teamleder midlertidig bolig til den borger, som har højest prioritet på
 * ventelisten og ældste ventelistedato"). Audited; only the user's municipality; bad input stores nothing.
 */
@Service
@Transactional
public class PlaceLists {

    static final String RESOURCE = "place-list-entry";
    /** The class of places.yaml whose entries record since when the citizen waits in hospital (seed 002). */
    static final String HOSPITAL_DISCHARGE_READY = "HOSPITAL_DISCHARGE_READY";

    private final JdbcClient jdbc;
    private final PlaceRows rows;
    private final PlacePolicies policies;
    private final Decisions decisions;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    PlaceLists(JdbcClient jdbc, PlaceRows rows, PlacePolicies policies, Decisions decisions, Citizens citizens,
               CurrentUsers users, AuditLog audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.policies = policies;
        this.decisions = decisions;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param grantKey        a current grant of the citizen whose intervention the list's rule names
     * @param listedOn        the list date; default today
     * @param inHospitalSince required in the class of discharge-ready hospital patients
     */
    public record NewEntry(WaitingList list, String grantKey, String purpose, String priorityClass, String wishedUnit,
                           List<String> preferredUnits, List<String> refusedUnits, LocalDate listedOn,
                           LocalDate inHospitalSince) {
    }

    /** A live entry at its place in the ranking (1 = first to be offered a place). */
    public record Candidate(int rank, PlaceListEntry entry, String className, long daysWaiting) {
    }

    @RequireDeciding
    public PlaceListEntry putOnList(long citizenId, NewEntry input) {
        Citizen citizen = citizens.accessible(citizenId);
        int municipality = citizen.municipalityId();
        LocalDate today = today();
        List<Violation> violations = new ArrayList<>();
        Optional<ListRule> rule = Optional.empty();
        if (input.list() == null) {
            violations.add(new Violation("list", "place.entry.list.required"));
        } else {
            rule = policy(municipality).flatMap(p -> p.list(input.list()));
            if (rule.isEmpty()) {
                violations.add(new Violation("list", "place.entry.list.notRun", listName(input.list())));
            }
        }
        Optional<GrantOf> grant = rule.isEmpty() ? Optional.empty() : grant(citizen, input.grantKey(), rule.get(), today, violations);
        String purpose = input.purpose() == null ? "" : input.purpose().strip();
        if (purpose.isEmpty()) {
            violations.add(new Violation("purpose", "place.entry.purpose.required"));
        } else if (purpose.length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation("purpose", "place.entry.text.tooLong", InputLimits.TEXT_LENGTH));
        }
        LocalDate listedOn = input.listedOn() == null ? today : input.listedOn();
        if (listedOn.isAfter(today)) {
            violations.add(new Violation("listedOn", "place.entry.listedOn.future"));
        }
        InputLimits.beforeBirth("listedOn", listedOn, citizen.birthDate()).ifPresent(violations::add);
        WaitingList list = input.list();
        String priorityClass = blankToNull(input.priorityClass());
        if (list == WaitingList.TEMPORARY_STAY) {
            PlaceChecks.priorityClass(policy(municipality), priorityClass, today, "priorityClass", violations);
            if (HOSPITAL_DISCHARGE_READY.equals(priorityClass)) {
                PlaceChecks.inHospitalSince(input.inHospitalSince(), today, violations);
            }
        } else if (priorityClass != null) {
            violations.add(new Violation("priorityClass", "place.entry.priorityClass.notThisList"));
        }
        if (input.inHospitalSince() != null && !HOSPITAL_DISCHARGE_READY.equals(priorityClass)) {
            violations.add(new Violation("inHospitalSince", "place.entry.inHospitalSince.notThisClass"));
        }
        String wished = blankToNull(input.wishedUnit());
        if (list == WaitingList.NURSING_HOME_SPECIFIC) {
            if (wished == null) {
                violations.add(new Violation("wishedUnit", "place.entry.wishedUnit.required"));
            } else if (!PlaceChecks.serves(policy(municipality), wished, list, today)) {
                violations.add(new Violation("wishedUnit", "place.entry.unit.notServing", PlaceChecks.unitName(policy(municipality), wished), listName(list)));
            }
        } else if (wished != null) {
            violations.add(new Violation("wishedUnit", "place.entry.wishedUnit.notThisList"));
        }
        List<String> preferred = codes(input.preferredUnits());
        List<String> refused = codes(input.refusedUnits());
        if (list != WaitingList.INTERVAL_STAY && (!preferred.isEmpty() || !refused.isEmpty())) {
            violations.add(new Violation(preferred.isEmpty() ? "refusedUnits" : "preferredUnits", "place.entry.units.notThisList"));
        } else if (list == WaitingList.INTERVAL_STAY) {
            for (String code : preferred) {
                if (!PlaceChecks.serves(policy(municipality), code, list, today)) {
                    violations.add(new Violation("preferredUnits", "place.entry.unit.notServing", PlaceChecks.unitName(policy(municipality), code), listName(list)));
                }
            }
            for (String code : refused) {
                if (!PlaceChecks.serves(policy(municipality), code, list, today)) {
                    violations.add(new Violation("refusedUnits", "place.entry.unit.notServing", PlaceChecks.unitName(policy(municipality), code), listName(list)));
                } else if (preferred.contains(code)) {
                    violations.add(new Violation("refusedUnits", "place.entry.units.both", PlaceChecks.unitName(policy(municipality), code)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        long id;
        try {
            id = jdbc.sql("""
                            insert into place_list_entry (municipality_id, citizen_id, list, grant_key, decision_id, purpose,
                                priority_class, wished_unit, preferred_units, refused_units, listed_on, guarantee_from,
                                in_hospital_since, reviewed_on, status, created_at, created_by, modified_at, modified_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?) returning id""")
                    .params(municipality, citizenId, list.name(), grant.get().grant().grantKey(), grant.get().decisionId(),
                            purpose, priorityClass, wished, preferred.toArray(String[]::new), refused.toArray(String[]::new),
                            listedOn, list == WaitingList.NURSING_HOME_GENERAL ? listedOn : null, input.inHospitalSince(),
                            today, now, user, now, user)
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException e) {
            if ("place_list_entry_live".equals(constraint(e))) {
                throw new InvalidInputException("list", "place.entry.alreadyOnList", listName(list));
            }
            throw e;
        }
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "sat på venteliste: " + listName(list));
        return rows.entry(municipality, id);
    }

    /** The entry; 404 when it is no entry of the user's municipality. */
    @RequireCitizenAccess
    public PlaceListEntry read(long entryId) {
        PlaceListEntry entry = accessible(entryId);
        audit.read(entry.citizenId(), RESOURCE, entryId);
        return entry;
    }

    @RequireCitizenAccess
    public List<PlaceListEntry.PriorityChange> priorityChanges(long entryId) {
        PlaceListEntry entry = accessible(entryId);
        audit.read(entry.citizenId(), RESOURCE, entryId);
        return rows.priorityChanges(entryId);
    }

    @RequireCitizenAccess
    public List<PlaceListEntry> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return rows.forCitizen(citizen.municipalityId(), citizenId);
    }

    /**
     * The live entries of a list in the order places are offered: on the temporary-stay list by the rank of the
     * priority class in force today (a class no longer in force last), then the oldest list date, then the entry;
     * on the other lists by the oldest list date. On the specific nursing-home list {@code wishedUnit} narrows to
     * those who wish that home.
     */
    @RequireCitizenAccess
    public List<Candidate> candidates(WaitingList list, String wishedUnit) {
        int municipality = users.current().municipalityId();
        LocalDate today = today();
        List<PlacePolicy.PriorityClass> classes = policy(municipality).flatMap(p -> p.prioritiesOn(today))
                .map(PlacePolicy.Priorities::classes).orElse(List.of());
        List<String> order = classes.stream().map(PlacePolicy.PriorityClass::code).toList();
        Comparator<PlaceListEntry> ranking = Comparator.comparing(PlaceListEntry::listedOn).thenComparing(PlaceListEntry::id);
        if (list == WaitingList.TEMPORARY_STAY) {
            ranking = Comparator.<PlaceListEntry>comparingInt(e -> order.contains(e.priorityClass())
                    ? order.indexOf(e.priorityClass()) : order.size()).thenComparing(ranking);
        }
        String unit = blankToNull(wishedUnit);
        List<PlaceListEntry> ranked = rows.live(municipality, list).stream()
                .filter(e -> unit == null || unit.equals(e.wishedUnit())).sorted(ranking).toList();
        audit.readAll(ranked.stream().map(PlaceListEntry::citizenId).distinct().toList(), RESOURCE, null);
        List<Candidate> candidates = new ArrayList<>();
        for (PlaceListEntry e : ranked) {
            String className = classes.stream().filter(c -> c.code().equals(e.priorityClass())).findFirst()
                    .map(PlacePolicy.PriorityClass::name).orElse(e.priorityClass());
            candidates.add(new Candidate(candidates.size() + 1, e, className, ChronoUnit.DAYS.between(e.listedOn(), today)));
        }
        return candidates;
    }

    /** A current grant of the citizen that puts the citizen on one or more of the municipality's lists. */
    public record PlaceGrant(String grantKey, String interventionName, LocalDate start, List<WaitingList> lists) {
    }

    /** The citizen's current grants that a list's rule names, for the form that puts the citizen on a list. */
    @RequireCitizenAccess
    public List<PlaceGrant> placeGrants(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        Optional<PlacePolicy> policy = policy(citizen.municipalityId());
        if (policy.isEmpty()) {
            return List.of();
        }
        audit.read(citizenId, "grant", null);
        return Decisions.currentGrants(decisions.storedForCitizen(citizen.municipalityId(), citizenId), today()).stream()
                .map(g -> new PlaceGrant(g.grantKey().toString(), g.interventionName(), g.start(),
                        policy.get().listsFor(g.interventionCode()).stream().map(ListRule::list).toList()))
                .filter(g -> !g.lists().isEmpty()).toList();
    }

    /** The entry of the user's municipality whose citizen the user may see; 404 otherwise. */
    PlaceListEntry accessible(long entryId) {
        PlaceListEntry entry = rows.entry(users.current().municipalityId(), entryId);
        citizens.accessible(entry.citizenId());
        return entry;
    }

    private record GrantOf(Grant grant, long decisionId) {
    }

    /** The current grant named by the key, when its intervention puts the citizen on the rule's list. */
    private Optional<GrantOf> grant(Citizen citizen, String key, ListRule rule, LocalDate today, List<Violation> violations) {
        if (key == null || key.isBlank()) {
            violations.add(new Violation("grantKey", "place.entry.grant.required", listName(rule.list())));
            return Optional.empty();
        }
        UUID grantKey;
        try {
            grantKey = UUID.fromString(key.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("grantKey", "place.entry.grant.notCurrent"));
            return Optional.empty();
        }
        for (Decision d : decisions.storedForCitizen(citizen.municipalityId(), citizen.id())) {
            if (!d.isCurrent()) {
                continue;
            }
            Optional<Grant> grant = d.grants().stream().filter(g -> g.grantKey().equals(grantKey) && g.notEndedOn(today)).findFirst();
            if (grant.isPresent()) {
                if (!rule.interventions().contains(grant.get().interventionCode())) {
                    violations.add(new Violation("grantKey", "place.entry.grant.wrongIntervention",
                            grant.get().interventionName(), listName(rule.list())));
                    return Optional.empty();
                }
                return Optional.of(new GrantOf(grant.get(), d.id()));
            }
        }
        violations.add(new Violation("grantKey", "place.entry.grant.notCurrent"));
        return Optional.empty();
    }

    private Optional<PlacePolicy> policy(int municipalityId) {
        return policies.forMunicipality(municipalityId);
    }

    String listName(WaitingList list) {
        return messages.text("places.list." + list.name());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    static String constraint(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getConstraint() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }

    static NotFoundException notFound() {
        return new NotFoundException("place.entry.notFound");
    }
}

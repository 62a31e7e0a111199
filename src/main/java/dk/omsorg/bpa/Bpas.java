package dk.omsorg.bpa;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.bpa.internal.BpaArrangements;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantReferences;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's BPA arrangement with the current budget year, the next yearly follow-up and the team-report flag.
 * Reads and writes are audited; another municipality's citizen is 404; a stale version is 409.
 */
@Service
@Transactional
public class Bpas {

    static final String RESOURCE = "bpa";
    /** The legal basis a BPA arrangement's grant must have: serviceloven § 96. */
    static final String SECTION = "96";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final BpaArrangements arrangements;
    private final BpaPolicies policies;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final GrantReferences grants;

    Bpas(BpaArrangements arrangements, BpaPolicies policies, Citizens citizens, CurrentUsers users, AuditLog audit,
         Clock clock, GrantReferences grants) {
        this.grants = grants;
        this.arrangements = arrangements;
        this.policies = policies;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param budget          the budget year containing today (the first year before the start)
     * @param nextFollowUp    one year after the start, then yearly
     * @param teamFlagged     a full team not kept for more than the policy's weeks
     * @param teamFlaggedFrom the day after which the report is flagged, or null
     */
    public record View(BpaArrangement arrangement, BpaBudget.Year budget, LocalDate nextFollowUp, boolean teamFlagged,
                       LocalDate teamFlaggedFrom, int teamNotKeptWeeks) {
    }

    @RequireCitizenAccess
    public Optional<View> find(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, citizenId);
        return arrangements.find(citizen.municipalityId(), citizenId).map(this::view);
    }

    /** Creates (no version) or changes the arrangement; the budget is checked before anything is stored. */
    @RequireCaseworker
    public View save(long citizenId, BigDecimal hoursPerDay, LocalDate startDate, UUID grantKey, Integer version) {
        Citizen citizen = citizens.accessible(citizenId);
        if (startDate == null) {
            throw new InvalidInputException("startDate", "bpa.required");
        }
        BpaBudget.year(policy(), hoursPerDay, startDate); // hours 0–24 and a rate for every day, or a field error
        // the arrangement builds on the citizen's § 96 grant (optional: arrangements granted before the system have none)
        grants.check(citizen.municipalityId(), citizenId, grantKey, SECTION, "grantKey");
        CurrentUser user = users.current();
        Optional<BpaArrangement> existing = arrangements.find(citizen.municipalityId(), citizenId);
        // no version: a new arrangement; a version: a change of the one the caller saw
        boolean saved = version == null
                ? existing.isEmpty() && arrangements.insert(citizen.municipalityId(), citizenId, grantKey, hoursPerDay, startDate, user.username(), clock.instant())
                : existing.isPresent() && arrangements.update(citizenId, grantKey, hoursPerDay, startDate, version, user.username(), clock.instant());
        if (!saved) {
            throw new ConflictException("bpa.stale");
        }
        audit.changed(existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, citizenId, RESOURCE, citizenId,
                "BPA " + hoursPerDay.stripTrailingZeros().toPlainString().replace('.', ',') + " timer pr. døgn fra "
                        + startDate.format(DAY));
        return view(arrangements.find(citizen.municipalityId(), citizenId).orElseThrow());
    }

    /** The citizen's current § 96 grants, to choose the arrangement's grant from. */
    @RequireCitizenAccess
    public List<Grant> grantsToChoose(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        return grants.current(citizen.municipalityId(), citizenId, SECTION);
    }

    /** Reports from which day a full helper team cannot be kept; null when the team is full again. */
    @RequireCaseworker
    public View reportTeam(long citizenId, LocalDate from, Integer version) {
        Citizen citizen = citizens.accessible(citizenId);
        BpaArrangement current = arrangements.find(citizen.municipalityId(), citizenId)
                .orElseThrow(() -> new NotFoundException("bpa.notFound"));
        if (from != null && from.isBefore(current.startDate())) {
            throw new InvalidInputException("teamNotKeptFrom", "bpa.team.beforeStart");
        }
        if (version == null || !arrangements.reportTeam(citizenId, from, version, users.current().username(), clock.instant())) {
            throw new ConflictException("bpa.stale");
        }
        audit.changed(AuditAction.UPDATE, citizenId, RESOURCE, citizenId, from == null ? "fuldt hjælperhold igen"
                : "fuldt hjælperhold kan ikke opretholdes fra " + from.format(DAY));
        return view(arrangements.find(citizen.municipalityId(), citizenId).orElseThrow());
    }

    /** The municipality's arrangements whose team has not been kept for more than the policy's weeks. */
    @RequireCitizenAccess
    public List<View> teamNotKept() {
        int municipality = users.current().municipalityId();
        BpaPolicy policy = policy();
        List<View> flagged = arrangements.teamNotKeptSince(municipality, today().minusWeeks(policy.teamNotKeptWeeks()))
                .stream().map(this::view).toList();
        flagged.forEach(v -> audit.read(v.arrangement().citizenId(), RESOURCE, v.arrangement().citizenId()));
        return flagged;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }

    private View view(BpaArrangement a) {
        BpaPolicy policy = policy();
        LocalDate today = today();
        LocalDate yearStart = a.startDate();
        while (!yearStart.plusYears(1).isAfter(today)) {
            yearStart = yearStart.plusYears(1);
        }
        BpaBudget.Year budget;
        try {
            budget = BpaBudget.year(policy, a.hoursPerDay(), yearStart);
        } catch (InvalidInputException noRateYet) {
            budget = null; // a later year with no rate in the policy yet: the page says so
        }
        LocalDate flaggedFrom = a.teamNotKeptFrom() == null ? null : a.teamNotKeptFrom().plusWeeks(policy.teamNotKeptWeeks());
        return new View(a, budget, BpaBudget.nextFollowUp(policy, a.startDate(), today),
                BpaBudget.teamReportFlagged(policy, a.teamNotKeptFrom(), today), flaggedFrom, policy.teamNotKeptWeeks());
    }

    private BpaPolicy policy() {
        return policies.forMunicipality(users.current().municipalityId())
                .orElseThrow(() -> new InvalidInputException(null, "bpa.policy.missing"));
    }
}

package dk.omsorg.ownpayment;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantReferences;
import dk.omsorg.ownpayment.OwnPaymentPolicy.Level;
import dk.omsorg.ownpayment.internal.OwnPaymentVersions;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's § 107 own payment: every change of its input is saved as a new version from an effective date and the
 * amount recomputed; older versions stay as history. Reads and writes are audited; a citizen of another municipality
 * is answered as one that does not exist (404).
 */
@Service
@Transactional
public class OwnPayments {

    static final String RESOURCE = "egenbetaling";
    /** The legal basis of the stay an own payment is for: serviceloven § 107 (midlertidigt botilbud). */
    static final String SECTION = "107";

    private final OwnPaymentVersions versions;
    private final OwnPaymentPolicies policies;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final GrantReferences grants;

    OwnPayments(OwnPaymentVersions versions, OwnPaymentPolicies policies, Citizens citizens, CurrentUsers users,
                AuditLog audit, Clock clock, GrantReferences grants) {
        this.grants = grants;
        this.versions = versions;
        this.policies = policies;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A version with its calculation (recomputed from the stored input for its effective month). */
    public record Computed(OwnPaymentVersion version, OwnPaymentResult result) {
    }

    /** The citizen's versions, newest first. */
    @RequireCitizenAccess
    public List<Computed> history(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, citizenId);
        OwnPaymentPolicy policy = policy();
        return versions.history(citizen.municipalityId(), citizenId).stream()
                .map(v -> new Computed(v, policy.levelOn(v.effectiveFrom())
                        .map(level -> OwnPaymentCalculator.compute(level, v.input().toInput(), v.effectiveFrom()))
                        .orElse(null)))
                .toList();
    }

    /** The expense kinds in force on a day (for the page's choices). */
    @RequireCitizenAccess
    public Level levelOn(LocalDate day) {
        return policy().levelOn(day).orElseThrow(() -> new InvalidInputException("effectiveFrom", "ownpayment.level.missing"));
    }

    /** Saves a new version, computed for its effective month; 409 when the caller's version is not the latest. */
    @RequireCaseworker
    public Computed save(long citizenId, OwnPaymentForm form) {
        Citizen citizen = citizens.accessible(citizenId);
        OwnPaymentInput input = form.toInput();
        Level level = policy().levelOn(form.effectiveFrom())
                .orElseThrow(() -> new InvalidInputException("effectiveFrom", "ownpayment.level.missing"));
        OwnPaymentResult result = OwnPaymentCalculator.compute(level, input, form.effectiveFrom());
        // the stay's § 107 grant (optional: an own payment may be computed before the stay is decided)
        grants.check(citizen.municipalityId(), citizenId, form.grantKey(), SECTION, "grantKey");
        int latest = versions.latestVersionForUpdate(citizenId);
        int seen = form.version() == null ? 0 : form.version();
        if (seen != latest) {
            throw new ConflictException("ownpayment.stale");
        }
        List<OwnPaymentVersion> before = versions.history(citizen.municipalityId(), citizenId);
        if (!before.isEmpty() && form.effectiveFrom().isBefore(before.get(0).effectiveFrom())) {
            throw new InvalidInputException("effectiveFrom", "ownpayment.effectiveFrom.beforeLatest");
        }
        CurrentUser user = users.current();
        long id = versions.insert(citizen.municipalityId(), citizenId, latest + 1, form, result.ownPayment(),
                user.username(), clock.instant());
        audit.changed(latest == 0 ? AuditAction.CREATE : AuditAction.UPDATE, citizenId, RESOURCE, id,
                "egenbetaling version " + (latest + 1) + " fra " + form.effectiveFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ": "
                        + result.ownPayment().danish() + " kr. pr. måned");
        return new Computed(versions.history(citizen.municipalityId(), citizenId).get(0), result);
    }

    /** The citizen's current § 107 grants, to choose the own payment's grant from. */
    @RequireCitizenAccess
    public List<Grant> grantsToChoose(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        return grants.current(citizen.municipalityId(), citizenId, SECTION);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }

    private OwnPaymentPolicy policy() {
        int municipality = users.current().municipalityId();
        return policies.forMunicipality(municipality)
                .orElseThrow(() -> new InvalidInputException(null, "ownpayment.policy.missing"));
    }
}

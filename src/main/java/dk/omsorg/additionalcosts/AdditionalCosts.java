package dk.omsorg.additionalcosts;

import dk.omsorg.additionalcosts.internal.AdditionalCostsStore;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.FolkepensionAge;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A caseworker's § 100 calculations for a citizen of the own municipality: calculated by
 * {@link AdditionalCostsCalculator} with the level in force at the start month, stored with every line, audited on
 * every read and write. The citizen must be 18 or over and under the folkepension age (serviceloven § 100, stk. 1;
 * the age from the CPR number, the pension age from reference/folkepension-age.yaml).
 */
@Service
@RequireCitizenAccess
@Transactional
public class AdditionalCosts {

    private final AdditionalCostsStore store;
    private final AdditionalCostsPolicies policies;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final FolkepensionAge pension = FolkepensionAge.fromClasspath();

    AdditionalCosts(AdditionalCostsStore store, AdditionalCostsPolicies policies, Citizens citizens, CurrentUsers users,
                    AuditLog audit, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Request(LocalDate startMonth, UUID grantKey, List<ExpenseLine> expenses, List<DeductionLine> deductions) {
    }

    public StoredCalculation calculate(long citizenId, Request request) {
        Citizen citizen = citizens.accessible(citizenId);
        AdditionalCostsPolicy policy = policy();
        if (request.startMonth() == null) {
            throw new InvalidInputException("startMonth", "additionalCosts.startDate.required");
        }
        LocalDate start = request.startMonth().withDayOfMonth(1);
        LocalDate born = citizen.cprNumber().birthDate();
        if (FolkepensionAge.age(born, start) < 18) {
            throw new InvalidInputException("startMonth", "additionalCosts.age.under18");
        }
        if (pension.reached(born, start)) {
            throw new InvalidInputException("startMonth", "additionalCosts.age.pension");
        }
        AdditionalCostsCalculation c = AdditionalCostsCalculator.calculate(policy, start, LocalDate.now(clock),
                request.expenses() == null ? List.of() : request.expenses(),
                request.deductions() == null ? List.of() : request.deductions());
        CurrentUser user = users.current();
        long id = store.insert(user.municipalityId(), citizenId, request.grantKey(), start, c, user.username(), Instant.now(clock));
        audit.changed(AuditAction.CREATE, citizenId, "additional-costs", id, switch (c.outcome()) {
            case REFUSED -> "Afslag: under minimumsgrænsen";
            case STANDARD -> "Standardbeløb " + c.monthlyAllowance();
            case ACTUAL -> "Faktiske merudgifter " + c.monthlyAllowance();
        });
        return store.one(citizenId, id, policy).orElseThrow();
    }

    public List<StoredCalculation> ofCitizen(long citizenId) {
        citizens.accessible(citizenId);
        audit.read(citizenId, "additional-costs", citizenId);
        return store.ofCitizen(citizenId, policy());
    }

    public StoredCalculation one(long citizenId, long id) {
        citizens.accessibleFor(citizenId, "additionalCosts.notFound");
        StoredCalculation c = store.one(citizenId, id, policy()).orElseThrow(() -> new NotFoundException("additionalCosts.notFound"));
        audit.read(citizenId, "additional-costs", id);
        return c;
    }

    /** The conditions end (or the citizen died) on {@code day}: the allowance lapses at the end of that month. */
    public StoredCalculation end(long citizenId, long id, LocalDate day, Integer version) {
        StoredCalculation c = one(citizenId, id);
        if (day == null) {
            throw new InvalidInputException("conditionsEnd", "additionalCosts.conditionsEnd.required");
        }
        if (day.isBefore(c.startMonth())) {
            throw new InvalidInputException("conditionsEnd", "additionalCosts.conditionsEnd.beforeStart");
        }
        if (version == null || !store.end(id, day, version, users.current().username(), Instant.now(clock))) {
            throw new ConflictException("additionalCosts.version.stale");
        }
        audit.changed(AuditAction.UPDATE, citizenId, "additional-costs", id, "Betingelserne ophører " + day.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
        return store.one(citizenId, id, policy()).orElseThrow();
    }

    public Citizen citizen(long citizenId) {
        return citizens.accessible(citizenId);
    }

    private AdditionalCostsPolicy policy() {
        return policies.forMunicipality(users.current().municipalityId())
                .orElseThrow(() -> new NotFoundException("additionalCosts.noPolicy"));
    }
}

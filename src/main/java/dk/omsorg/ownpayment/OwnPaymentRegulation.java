package dk.omsorg.ownpayment;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.ownpayment.OwnPaymentPolicy.Level;
import dk.omsorg.ownpayment.internal.OwnPaymentRegulations;
import dk.omsorg.ownpayment.internal.OwnPaymentRegulations.Row;
import dk.omsorg.ownpayment.internal.OwnPaymentVersions;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A new yearly level of the disposable amount and approved expenses is an input of every own payment (seed 001 § 107,
 * "2025 priser"): each citizen whose latest version was computed with an earlier level gets a draft of a new version
 * from the level's first day, from the same input with the new level, showing the amount before and after. The drafts
 * take effect (as new versions) only when approved, and are approved once; a draft whose citizen got a new version
 * after it was made is stale: the approval is refused (409) and nothing is approved until the drafts are made again.
 * As the § 100 regulation (additionalcosts), after eVaka's regeneration of fee decisions from their inputs' dates.
 */
@Service
@Transactional
@RequireOwnPaymentRegulation
public class OwnPaymentRegulation {

    static final String RESOURCE = "egenbetaling-regulering";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OwnPaymentRegulations regulations;
    private final OwnPaymentVersions versions;
    private final OwnPaymentPolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    OwnPaymentRegulation(OwnPaymentRegulations regulations, OwnPaymentVersions versions, OwnPaymentPolicies policies,
                         CurrentUsers users, AuditLog audit, Clock clock) {
        this.regulations = regulations;
        this.versions = versions;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** One citizen's recalculation: before → after; {@code status} DRAFT or APPROVED. */
    public record Draft(long id, long citizenId, String cprNumber, String name, LocalDate levelValidFrom, int baseVersion,
                        Money before, Money after, String status, Integer approvedVersion) {
        public Money difference() {
            return new Money(after.ore() - before.ore());
        }

        static Draft of(Row r) {
            return new Draft(r.id(), r.citizenId(), r.cprNumber(), r.name(), r.levelValidFrom(), r.baseVersion(),
                    r.oldAmount(), r.newAmount(), r.status(), r.approvedVersion());
        }
    }

    /** The levels of the municipality's policy, newest first (the page offers them). */
    public List<LocalDate> levels() {
        return policy().levels().stream().map(Level::validFrom).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /**
     * Makes the drafts for the level starting on the day; again: only the missing ones, and stale drafts made again
     * from the citizen's latest version. A citizen whose expenses do not fit the new level (a kind no longer approved,
     * an amount above a new cap) gets no draft: the caseworker saves a new version by hand.
     */
    public List<Draft> createDrafts(LocalDate levelValidFrom) {
        CurrentUser user = users.current();
        Level level = level(levelValidFrom);
        Instant now = clock.instant();
        regulations.dropStale(user.municipalityId(), levelValidFrom);
        for (long citizenId : regulations.citizensWithLatestBefore(user.municipalityId(), levelValidFrom)) {
            OwnPaymentVersion latest = versions.history(user.municipalityId(), citizenId).get(0);
            Row existing = regulations.find(citizenId, levelValidFrom).orElse(null);
            if (existing != null && (existing.status().equals("APPROVED") || existing.baseVersion() == latest.version())) {
                continue;
            }
            Money after;
            try {
                after = OwnPaymentCalculator.compute(level, latest.input().toInput(), levelValidFrom).ownPayment();
            } catch (InvalidInputException doesNotFit) {
                continue;
            }
            if (regulations.saveDraft(user.municipalityId(), citizenId, levelValidFrom, latest.version(),
                    latest.ownPayment(), after, user.username(), now)) {
                audit.changed(AuditAction.CREATE, citizenId, RESOURCE, latest.id(), "udkast til ny egenbetaling fra "
                        + levelValidFrom.format(DAY) + ": " + latest.ownPayment().danish() + " → " + after.danish()
                        + " kr. pr. måned");
            }
        }
        return drafts(levelValidFrom);
    }

    /** The level's drafts and approved recalculations (audited per citizen). */
    public List<Draft> drafts(LocalDate levelValidFrom) {
        List<Draft> drafts = regulations.forLevel(users.current().municipalityId(), levelValidFrom).stream()
                .map(Draft::of).toList();
        audit.readAll(drafts.stream().map(Draft::citizenId).toList(), RESOURCE, levelValidFrom);
        return drafts;
    }

    /**
     * Approves every draft of the level: each becomes a new own-payment version from the level's first day. Refused
     * with nothing changed (409) when there is no draft left (approved already) or a draft is stale.
     */
    public List<Draft> approve(LocalDate levelValidFrom) {
        CurrentUser user = users.current();
        Level level = level(levelValidFrom);
        List<Row> drafts = regulations.draftsForUpdate(user.municipalityId(), levelValidFrom);
        if (drafts.isEmpty()) {
            throw new ConflictException("ownpayment.regulation.alreadyApproved", levelValidFrom.format(DAY));
        }
        Instant now = clock.instant();
        List<Long> citizens = new ArrayList<>();
        for (Row d : drafts) {
            if (versions.latestVersionForUpdate(d.citizenId()) != d.baseVersion()) {
                // the transaction rolls back: no draft of the level is approved
                throw new ConflictException("ownpayment.regulation.stale", d.name());
            }
            OwnPaymentVersion base = versions.history(user.municipalityId(), d.citizenId()).get(0);
            OwnPaymentForm in = base.input();
            OwnPaymentForm next = new OwnPaymentForm(levelValidFrom, in.stayStart(), in.incomes(), in.expenses(),
                    in.formerRent(), in.offer(), base.grantKey(), base.version());
            Money amount = OwnPaymentCalculator.compute(level, next.toInput(), levelValidFrom).ownPayment();
            versions.insert(user.municipalityId(), d.citizenId(), d.baseVersion() + 1, next, amount, user.username(), now);
            regulations.approve(d.id(), d.baseVersion() + 1, user.username(), now);
            citizens.add(d.citizenId());
        }
        audit.changedAll(AuditAction.UPDATE, citizens, RESOURCE, levelValidFrom,
                "ny egenbetaling godkendt fra " + levelValidFrom.format(DAY));
        return drafts(levelValidFrom);
    }

    private Level level(LocalDate levelValidFrom) {
        return policy().levels().stream().filter(l -> l.validFrom().equals(levelValidFrom)).findFirst()
                .orElseThrow(() -> new InvalidInputException("levelValidFrom", "ownpayment.regulation.noLevel"));
    }

    private OwnPaymentPolicy policy() {
        return policies.forMunicipality(users.current().municipalityId())
                .orElseThrow(() -> new InvalidInputException(null, "ownpayment.policy.missing"));
    }
}

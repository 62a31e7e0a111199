package dk.omsorg.additionalcosts;

import dk.omsorg.additionalcosts.internal.AdditionalCostsStore;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly regulation (seed 001 line 743: "reguleres én gang om året"): when a new level takes effect, every
 * granted calculation of an earlier level still in force gets a recalculation draft from its own lines with the new
 * level, showing the difference; the drafts take effect for payments from the level's first day once they are
 * approved, and they are approved once (a second approval is refused, nothing changed).
 */
@Service
@RequireCaseResponsibility
@Transactional
public class AdditionalCostsRegulation {

    private final JdbcClient jdbc;
    private final AdditionalCostsStore store;
    private final AdditionalCostsPolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    AdditionalCostsRegulation(JdbcClient jdbc, AdditionalCostsStore store, AdditionalCostsPolicies policies,
                              CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Draft(long id, long calculationId, long citizenId, String cprNumber, String name, Money oldAllowance,
                        Money newAllowance, String newOutcome, int newBand, Money newNeed, String status) {
        public Money difference() {
            return new Money(newAllowance.ore() - oldAllowance.ore());
        }
    }

    /** Creates the drafts for the level starting on {@code levelValidFrom} (again: only the missing ones). */
    public List<Draft> createDrafts(LocalDate levelValidFrom) {
        CurrentUser user = users.current();
        AdditionalCostsPolicy policy = policy(user);
        if (levelValidFrom == null || policy.levelOn(levelValidFrom).filter(l -> l.validFrom().equals(levelValidFrom)).isEmpty()) {
            throw new InvalidInputException("levelValidFrom", "additionalCosts.regulation.noLevel");
        }
        List<StoredCalculation> inForce = store.granted(user.municipalityId(), levelValidFrom, policy).stream()
                .filter(s -> s.calculation().level().validFrom().isBefore(levelValidFrom)).toList();
        Instant now = Instant.now(clock);
        for (StoredCalculation s : inForce) {
            long old = jdbc.sql("""
                    select coalesce((select new_allowance from additional_costs_recalculation where calculation_id = ?
                        and status = 'APPROVED' order by level_valid_from desc limit 1), ?)""")
                    .params(s.id(), s.calculation().monthlyAllowance().ore()).query(Long.class).single();
            AdditionalCostsCalculation again = AdditionalCostsCalculator.calculate(policy, levelValidFrom,
                    s.calculation().lines().stream().map(AdditionalCostsCalculation.Line::expense).toList(),
                    s.calculation().deductions().stream().map(AdditionalCostsCalculation.Deduction::deduction).toList());
            int inserted = jdbc.sql("""
                    insert into additional_costs_recalculation (municipality_id, calculation_id, level_valid_from,
                        old_allowance, new_allowance, new_outcome, new_band, new_need, status, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) on conflict do nothing""")
                    .params(user.municipalityId(), s.id(), levelValidFrom, old, again.monthlyAllowance().ore(),
                            again.outcome().name(), again.band(), again.monthlyNeed().ore(), Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                audit.changed(AuditAction.CREATE, s.citizenId(), "additional-costs-regulation", s.id(),
                        "Genberegning efter satserne fra " + levelValidFrom);
            }
        }
        return drafts(levelValidFrom);
    }

    public List<Draft> drafts(LocalDate levelValidFrom) {
        List<Draft> drafts = jdbc.sql("""
                select r.*, c.citizen_id, z.cpr_number, z.name from additional_costs_recalculation r
                join additional_costs_calculation c on c.id = r.calculation_id join citizen z on z.id = c.citizen_id
                where r.municipality_id = ? and r.level_valid_from = ? order by z.cpr_number, r.id""")
                .params(users.current().municipalityId(), levelValidFrom)
                .query((rs, i) -> new Draft(rs.getLong("id"), rs.getLong("calculation_id"), rs.getLong("citizen_id"),
                        rs.getString("cpr_number"), rs.getString("name"), new Money(rs.getLong("old_allowance")),
                        new Money(rs.getLong("new_allowance")), rs.getString("new_outcome"), rs.getInt("new_band"),
                        new Money(rs.getLong("new_need")), rs.getString("status"))).list();
        audit.readAll(drafts.stream().map(Draft::citizenId).toList(), "additional-costs-regulation", levelValidFrom);
        return drafts;
    }

    /** Approves the drafts; when there are none left to approve, 409 and nothing changed. */
    public List<Draft> approve(LocalDate levelValidFrom) {
        CurrentUser user = users.current();
        // the rows are locked by the update, so two approvals at once cannot both find drafts
        List<Long> approved = jdbc.sql("""
                update additional_costs_recalculation set status = 'APPROVED', approved_at = ?, approved_by = ?
                where municipality_id = ? and level_valid_from = ? and status = 'DRAFT' returning calculation_id""")
                .params(Timestamp.from(Instant.now(clock)), user.username(), user.municipalityId(), levelValidFrom)
                .query(Long.class).list();
        if (approved.isEmpty()) {
            throw new ConflictException("additionalCosts.regulation.alreadyApproved");
        }
        List<Long> citizens = jdbc.sql("select citizen_id from additional_costs_calculation where id in (:ids)")
                .param("ids", approved).query(Long.class).list();
        audit.changedAll(AuditAction.UPDATE, citizens, "additional-costs-regulation", levelValidFrom,
                "Genberegning godkendt");
        return drafts(levelValidFrom);
    }

    private AdditionalCostsPolicy policy(CurrentUser user) {
        return policies.forMunicipality(user.municipalityId())
                .orElseThrow(() -> new NotFoundException("additionalCosts.noPolicy"));
    }
}

package dk.omsorg.specialcase;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.Money;
import dk.omsorg.specialcase.FinanceNotices.Cost;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What finance sees of special cases (seed 000 "Orientere økonomi"): each case with its provider and monthly cost
 * today, and the notices of change, before → after, newest first.
 */
@Service
public class SpecialCaseFinance {

    static final String RESOURCE = "special_case_finance";

    public record CaseCost(long specialCaseId, long citizenId, String citizenName, String status, String providerName,
                           int weeklyMinutes, Money monthlyCost) {
    }

    /** @param cause CONTRACT, PROVIDER, RATE, MINUTES or END */
    public record FinanceNotice(long id, long specialCaseId, long citizenId, String citizenName, String cause,
                                LocalDate effectiveOn, String providerName, int weeklyMinutes, Money costBefore,
                                Money costAfter, Money difference, OffsetDateTime happenedAt, String happenedBy) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final FinanceNotices notices;
    private final AuditLog audit;

    SpecialCaseFinance(JdbcClient jdbc, CurrentUsers users, FinanceNotices notices, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.notices = notices;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('FINANCE','LEADER')")
    @Transactional
    public List<CaseCost> cases() {
        int m = users.current().municipalityId();
        LocalDate today = notices.today();
        List<CaseCost> result = jdbc.sql("""
                        select s.id, s.citizen_id, c.name, s.status from special_case s
                        join citizen c on c.id = s.citizen_id
                        where s.municipality_id = ? order by s.status = 'ENDED', c.name, s.id""")
                .param(m)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                .list().stream().map(r -> {
                    Cost cost = notices.costOn(m, (long) r[0], (long) r[1], today);
                    return new CaseCost((long) r[0], (long) r[1], (String) r[2], (String) r[3],
                            cost.contract() == null ? null : cost.contract().providerName(), cost.minutes().total(),
                            cost.monthly());
                }).toList();
        audit.readAll(result.stream().map(CaseCost::citizenId).toList(), RESOURCE, null);
        return result;
    }

    @PreAuthorize("hasAnyRole('FINANCE','LEADER')")
    @Transactional
    public List<FinanceNotice> notices(Long caseId) {
        int m = users.current().municipalityId();
        List<FinanceNotice> result = jdbc.sql("""
                        select f.id, f.special_case_id, s.citizen_id, c.name, f.cause, f.effective_on, p.name, f.weekly_minutes,
                               f.cost_before_ore, f.cost_after_ore, f.happened_at, f.happened_by
                        from special_case_finance_notice f
                        join special_case s on s.municipality_id = f.municipality_id and s.id = f.special_case_id
                        join citizen c on c.id = s.citizen_id
                        left join provider p on p.id = f.provider_id
                        where f.municipality_id = ? and (cast(? as bigint) is null or f.special_case_id = ?)
                        order by f.id desc""")
                .params(m, caseId, caseId)
                .query((rs, n) -> new FinanceNotice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8),
                        new Money(rs.getLong(9)), new Money(rs.getLong(10)), new Money(rs.getLong(10) - rs.getLong(9)),
                        rs.getObject(11, OffsetDateTime.class), rs.getString(12)))
                .list();
        audit.readAll(result.stream().map(FinanceNotice::citizenId).distinct().toList(), RESOURCE, null);
        return result;
    }
}

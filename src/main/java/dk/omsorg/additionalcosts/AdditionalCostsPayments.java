package dk.omsorg.additionalcosts;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.FolkepensionAge;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireFinance;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.web.Downloads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The month's § 100 payments for finance: paid monthly in advance from the start month (seed 001 line 994:
 * "forudbetalt"), one per citizen from the newest calculation that has started, at the amount of the newest approved
 * yearly regulation in force. The allowance lapses at the end of the month the conditions end or the citizen dies
 * (conditions_end), and at the end of the month the citizen reaches the folkepension age.
 */
@Service
@RequireFinance
@Transactional(readOnly = true)
public class AdditionalCostsPayments {

    static final List<String> HEADERS = List.of("CPR-nummer", "Navn", "Første måned", "Sidste måned", "Grundlag",
            "Beløb (kr.)");

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final FolkepensionAge pension = FolkepensionAge.fromClasspath();

    AdditionalCostsPayments(JdbcClient jdbc, CurrentUsers users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** @param lastMonth the last month paid when known (conditions end or folkepension age), else null */
    public record Payment(long calculationId, long citizenId, String cprNumber, String name, YearMonth firstMonth,
                          YearMonth lastMonth, String basis, Money amount, UUID grantKey) {
    }

    @Transactional
    public List<Payment> month(YearMonth month) {
        LocalDate first = month.atDay(1);
        List<Payment> payments = new ArrayList<>();
        jdbc.sql("""
                select c.id, c.citizen_id, z.cpr_number, z.name, z.birth_date, c.start_month, c.conditions_end, c.outcome,
                       c.band, c.monthly_allowance, c.grant_key,
                       (select r.new_allowance from additional_costs_recalculation r where r.calculation_id = c.id
                          and r.status = 'APPROVED' and r.level_valid_from <= :m
                          order by r.level_valid_from desc limit 1) as regulated
                from additional_costs_calculation c join citizen z on z.id = c.citizen_id
                where c.municipality_id = :municipality and c.start_month <= :m
                  and (c.conditions_end is null or c.conditions_end >= :m)
                  and not exists (select 1 from additional_costs_calculation n where n.citizen_id = c.citizen_id
                      and n.start_month <= :m and (n.start_month > c.start_month or (n.start_month = c.start_month and n.id > c.id)))
                order by z.cpr_number""")
                .param("m", first).param("municipality", users.current().municipalityId())
                .query((rs, i) -> {
                    LocalDate born = rs.getDate("birth_date").toLocalDate();
                    LocalDate pensionDay = pension.reachedOn(born);
                    if (pensionDay.isBefore(first)) {
                        return null; // lapsed at the end of the month of the folkepension age
                    }
                    long amount = rs.getObject("regulated") != null ? rs.getLong("regulated") : rs.getLong("monthly_allowance");
                    if (amount == 0 || "REFUSED".equals(rs.getString("outcome"))) {
                        return null;
                    }
                    YearMonth last = YearMonth.from(pensionDay);
                    if (rs.getDate("conditions_end") != null) {
                        YearMonth end = YearMonth.from(rs.getDate("conditions_end").toLocalDate());
                        last = end.isBefore(last) ? end : last;
                    }
                    String basis = rs.getObject("regulated") != null ? "Reguleret efter årets satser"
                            : "ACTUAL".equals(rs.getString("outcome")) ? "Faktiske merudgifter"
                            : "Standardbeløb, interval " + rs.getInt("band");
                    return new Payment(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("cpr_number"),
                            rs.getString("name"), YearMonth.from(rs.getDate("start_month").toLocalDate()), last, basis,
                            new Money(amount), (UUID) rs.getObject("grant_key"));
                }).list().stream().filter(p -> p != null).forEach(payments::add);
        audit.readAll(payments.stream().map(Payment::citizenId).toList(), "additional-costs-payments", month.toString());
        return payments;
    }

    public static Money total(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    static List<List<Object>> rows(List<Payment> payments) {
        List<List<Object>> rows = new ArrayList<>();
        for (Payment p : payments) {
            String cpr = p.cprNumber().substring(0, 6) + "-" + p.cprNumber().substring(6);
            rows.add(java.util.Arrays.asList(cpr, p.name(), danish(p.firstMonth()),
                    p.lastMonth() == null ? null : danish(p.lastMonth()), p.basis(), p.amount().kroner()));
        }
        return rows;
    }

    static String danish(YearMonth m) {
        return "%02d-%d".formatted(m.getMonthValue(), m.getYear());
    }

    public byte[] csv(List<Payment> payments) {
        List<List<Object>> rows = rows(payments);
        rows.add(java.util.Arrays.asList("I alt", null, null, null, null, total(payments).kroner()));
        return Downloads.csv(HEADERS, rows);
    }

    public byte[] xlsx(List<Payment> payments) {
        List<List<Object>> rows = rows(payments);
        rows.add(java.util.Arrays.asList("I alt", null, null, null, null, total(payments).kroner()));
        return Downloads.xlsx("Merudgifter", HEADERS, rows);
    }
}

package dk.omsorg.additionalcosts.internal;

import dk.omsorg.additionalcosts.AdditionalCostsCalculation;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Cap;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Deduction;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Line;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Outcome;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy;
import dk.omsorg.additionalcosts.DeductionLine;
import dk.omsorg.additionalcosts.ExpenseLine;
import dk.omsorg.additionalcosts.StoredCalculation;
import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The § 100 tables (V34): calculations with their lines, read back exactly as they were calculated. */
@Repository
public class AdditionalCostsStore {

    private final JdbcClient jdbc;

    AdditionalCostsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(int municipalityId, long citizenId, UUID grantKey, LocalDate startMonth,
                       AdditionalCostsCalculation c, String user, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into additional_costs_calculation (municipality_id, citizen_id, grant_key, start_month,
                    level_valid_from, monthly_expenses, monthly_deductions, monthly_need, outcome, band, monthly_allowance,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityId, citizenId, grantKey, startMonth, c.level().validFrom(), c.monthlyExpenses().ore(),
                        c.monthlyDeductions().ore(), c.monthlyNeed().ore(), c.outcome().name(), c.band(),
                        c.monthlyAllowance().ore(), Timestamp.from(now), user, Timestamp.from(now), user)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < c.lines().size(); i++) {
            Line l = c.lines().get(i);
            ExpenseLine e = l.expense();
            jdbc.sql("""
                    insert into additional_costs_line (calculation_id, position, line_type, kind, text, amount, period,
                        evidence, receipt_reference, kilometres, weeks, holiday_start, monthly_before_cap, monthly, cap)
                    values (?, ?, 'EXPENSE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, e.kind().name(), e.text().strip(), e.amount() == null ? null : e.amount().ore(),
                            e.period().name(), e.evidence().name(), blankToNull(e.receiptReference()), e.kilometres(),
                            e.weeks(), e.holidayStart(), l.monthlyBeforeCap().ore(), l.monthly().ore(), l.cap().name())
                    .update();
        }
        for (int i = 0; i < c.deductions().size(); i++) {
            Deduction d = c.deductions().get(i);
            jdbc.sql("""
                    insert into additional_costs_line (calculation_id, position, line_type, text, amount, period,
                        monthly_before_cap, monthly, cap)
                    values (?, ?, 'DEDUCTION', ?, ?, ?, ?, ?, 'NONE')""")
                    .params(id, i, d.deduction().text().strip(), d.deduction().amount().ore(), d.deduction().period().name(),
                            d.monthly().ore(), d.monthly().ore())
                    .update();
        }
        return id;
    }

    /** Sets the day the conditions end (or the citizen died); false when the version is stale. */
    public boolean end(long id, LocalDate conditionsEnd, int version, String user, Instant now) {
        return jdbc.sql("""
                update additional_costs_calculation set conditions_end = ?, version = version + 1, updated_at = ?,
                    updated_by = ? where id = ? and version = ?""")
                .params(conditionsEnd, Timestamp.from(now), user, id, version).update() == 1;
    }

    public List<StoredCalculation> ofCitizen(long citizenId, AdditionalCostsPolicy policy) {
        return jdbc.sql("select * from additional_costs_calculation where citizen_id = ? order by start_month desc, id desc")
                .param(citizenId).query().listOfRows().stream().map(r -> stored(r, policy)).toList();
    }

    /** Names the decision's § 100 grant the calculation is the amount of. */
    void linkGrant(long calculationId, java.util.UUID grantKey) {
        jdbc.sql("update additional_costs_calculation set grant_key = ? where id = ?").params(grantKey, calculationId).update();
    }

    public Optional<StoredCalculation> one(long citizenId, long id, AdditionalCostsPolicy policy) {
        return jdbc.sql("select * from additional_costs_calculation where citizen_id = ? and id = ?")
                .params(citizenId, id).query().listOfRows().stream().map(r -> stored(r, policy)).findFirst();
    }

    /** The municipality's granted calculations (not refused) that may pay in or after {@code month}. */
    public List<StoredCalculation> granted(int municipalityId, LocalDate month, AdditionalCostsPolicy policy) {
        return jdbc.sql("""
                select * from additional_costs_calculation where municipality_id = ? and outcome <> 'REFUSED'
                  and start_month <= ? and (conditions_end is null or conditions_end >= ?) order by citizen_id, id""")
                .params(municipalityId, month, month).query().listOfRows().stream().map(r -> stored(r, policy)).toList();
    }

    private StoredCalculation stored(Map<String, Object> r, AdditionalCostsPolicy policy) {
        long id = ((Number) r.get("id")).longValue();
        LocalDate levelFrom = ((java.sql.Date) r.get("level_valid_from")).toLocalDate();
        AdditionalCostsPolicy.Level level = policy.levelOn(levelFrom).orElseThrow();
        List<Line> lines = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        for (Map<String, Object> l : jdbc.sql("select * from additional_costs_line where calculation_id = ? order by line_type desc, position")
                .param(id).query().listOfRows()) {
            Money amount = l.get("amount") == null ? null : new Money(((Number) l.get("amount")).longValue());
            ExpenseLine.Period period = ExpenseLine.Period.valueOf((String) l.get("period"));
            Money monthly = new Money(((Number) l.get("monthly")).longValue());
            if ("EXPENSE".equals(l.get("line_type"))) {
                ExpenseLine e = new ExpenseLine(ExpenseLine.ExpenseKind.valueOf((String) l.get("kind")), (String) l.get("text"),
                        amount, period, ExpenseLine.Evidence.valueOf((String) l.get("evidence")),
                        (String) l.get("receipt_reference"), (Integer) l.get("kilometres"), (Integer) l.get("weeks"),
                        l.get("holiday_start") == null ? null : ((java.sql.Date) l.get("holiday_start")).toLocalDate());
                lines.add(new Line(e, new Money(((Number) l.get("monthly_before_cap")).longValue()), monthly,
                        Cap.valueOf((String) l.get("cap"))));
            } else {
                deductions.add(new Deduction(new DeductionLine((String) l.get("text"), amount, period), monthly));
            }
        }
        AdditionalCostsCalculation c = new AdditionalCostsCalculation(lines, deductions,
                new Money(((Number) r.get("monthly_expenses")).longValue()),
                new Money(((Number) r.get("monthly_deductions")).longValue()),
                new Money(((Number) r.get("monthly_need")).longValue()), level,
                Outcome.valueOf((String) r.get("outcome")), ((Number) r.get("band")).intValue(),
                new Money(((Number) r.get("monthly_allowance")).longValue()));
        java.sql.Date end = (java.sql.Date) r.get("conditions_end");
        return new StoredCalculation(id, ((Number) r.get("citizen_id")).longValue(), (UUID) r.get("grant_key"),
                ((java.sql.Date) r.get("start_month")).toLocalDate(), end == null ? null : end.toLocalDate(),
                ((Number) r.get("version")).intValue(), c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package dk.omsorg.specialcase;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.web.Downloads;
import dk.omsorg.specialcase.internal.UnderAgeHoursQuery;
import dk.omsorg.specialcase.internal.UnderAgeHoursQuery.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The yearly extract for finance of special cases' hours for citizens under the policy's age (seed 000: "Hvis borger
 * er under 67 år, vil timerne indgå i årligt udtræk … til særlig dyre enkeltsager idet der indberettes efter
 * Serviceloven § 83 stk. 1 nr. 1. – personlig pleje"): per citizen the hours and their settled cost for the year,
 * counted day by day ({@link UnderAgeHoursQuery}). The case interventions and the age are the rules in force at the
 * year's end (a change of rules during the year is read at its end); every citizen listed is audited as read.
 */
@Service
public class SpecialCaseHoursExtract {

    static final String RESOURCE = "special_case_extract";
    static final List<String> HEADERS = List.of("CPR-nummer", "Navn", "Timer", "Udgift (kr.)");

    /** The extract of one year: what it reports the hours as, the age, and the rows with their total. */
    public record Extract(int year, String reportedAs, int underAge, List<Row> rows) {

        public BigDecimal hours() {
            return rows.stream().map(Row::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public Money cost() {
            return new Money(rows.stream().mapToLong(Row::costOre).sum());
        }
    }

    private final UnderAgeHoursQuery query;
    private final SpecialCases cases;
    private final CurrentUsers users;
    private final AuditLog audit;

    SpecialCaseHoursExtract(UnderAgeHoursQuery query, SpecialCases cases, CurrentUsers users, AuditLog audit) {
        this.query = query;
        this.cases = cases;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('FINANCE','LEADER')")
    @Transactional
    public Extract of(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "specialCase.extract.year");
        }
        int m = users.current().municipalityId();
        SpecialCasePolicy.Rules rules = cases.rulesOn(m, LocalDate.of(year, 12, 31))
                .orElseThrow(() -> new InvalidInputException("year", "specialCase.extract.noRules", String.valueOf(year)));
        List<String> codes = List.copyOf(new TreeSet<>(rules.interventions().values().stream().flatMap(List::stream).toList()));
        List<Row> rows = query.rows(m, year, codes, rules.reportedUnderAge());
        audit.readAll(rows.stream().map(Row::citizenId).toList(), RESOURCE, year);
        return new Extract(year, rules.reportedAs(), rules.reportedUnderAge(), rows);
    }

    private static List<List<Object>> rows(Extract extract) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : extract.rows()) {
            rows.add(Arrays.asList(r.cprNumber().substring(0, 6) + "-" + r.cprNumber().substring(6), r.name(), r.hours(),
                    new Money(r.costOre()).kroner()));
        }
        rows.add(Arrays.asList("I alt", null, extract.hours(), extract.cost().kroner()));
        return rows;
    }

    public byte[] csv(Extract extract) {
        return Downloads.csv(HEADERS, rows(extract));
    }

    public byte[] xlsx(Extract extract) {
        return Downloads.xlsx("Særlige borgersager " + extract.year(), HEADERS, rows(extract));
    }
}

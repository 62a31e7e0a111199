package dk.omsorg.additionalcosts;

import dk.omsorg.support.ApiClient;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A § 100 calculation for other modules' tests: a § 100 grant is granted with the calculation's amount. */
public final class AdditionalCostsFixtures {

    private AdditionalCostsFixtures() {
    }

    /**
     * Calculates documented diet costs of 1.500 kr. a month less 200 kr. for what others eat, from the month of
     * {@code from}; the monthly allowance, e.g. 1179.00 (the 2025 levels' second band).
     */
    public static BigDecimal calculate(ApiClient caseworker, long citizenId, LocalDate from) {
        ApiClient.Response created = caseworker.post("/api/v1/citizens/" + citizenId + "/additional-costs", """
                {"startMonth": "%s", "expenses": [{"kind": "OTHER", "text": "Diætkost", "amount": "1.500,00",
                  "period": "MONTH", "evidence": "DOCUMENTED", "receiptReference": "Bilag 1"}],
                 "deductions": [{"text": "Almindelig kost for jævnaldrende", "amount": "200,00", "period": "MONTH"}]}"""
                .formatted(from.withDayOfMonth(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("monthlyAllowance").decimalValue();
    }
}

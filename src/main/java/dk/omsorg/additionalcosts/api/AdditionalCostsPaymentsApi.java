package dk.omsorg.additionalcosts.api;

import dk.omsorg.additionalcosts.AdditionalCostsPayments;
import dk.omsorg.security.RequireFinance;
import dk.omsorg.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The month's § 100 payments for finance over REST. */
@RestController
@RequireFinance
@Tag(name = "Merudgifter", description = "§ 100 additional costs payments")
class AdditionalCostsPaymentsApi {

    private final AdditionalCostsPayments payments;

    AdditionalCostsPaymentsApi(AdditionalCostsPayments payments) {
        this.payments = payments;
    }

    record PaymentDto(long calculationId, long citizenId, String cprNumber, String name, String firstMonth,
                      String lastMonth, String basis, BigDecimal amount, UUID grantKey) {
    }

    @GetMapping("/api/v1/additional-costs/payments")
    @Operation(summary = "The payments for month (YYYY-MM), paid in advance: one per citizen in force")
    List<PaymentDto> month(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return payments.month(month).stream().map(p -> new PaymentDto(p.calculationId(), p.citizenId(), p.cprNumber(),
                p.name(), p.firstMonth().toString(), p.lastMonth() == null ? null : p.lastMonth().toString(), p.basis(),
                p.amount().kroner(), p.grantKey())).toList();
    }

    @GetMapping("/api/v1/additional-costs/payments.csv")
    @Operation(summary = "The month's payments as CSV (Danish: semicolons, decimal comma, UTF-8 with BOM)")
    ResponseEntity<byte[]> csv(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return Downloads.attachment(payments.csv(payments.month(month)), Downloads.CSV, "merudgifter-" + month + ".csv");
    }

    @GetMapping("/api/v1/additional-costs/payments.xlsx")
    @Operation(summary = "The month's payments as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return Downloads.attachment(payments.xlsx(payments.month(month)), Downloads.XLSX, "merudgifter-" + month + ".xlsx");
    }
}

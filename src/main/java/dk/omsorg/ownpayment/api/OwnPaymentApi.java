package dk.omsorg.ownpayment.api;

import dk.omsorg.ownpayment.OwnPaymentForm;
import dk.omsorg.ownpayment.OwnPaymentResult;
import dk.omsorg.ownpayment.OwnPaymentVersion;
import dk.omsorg.ownpayment.OwnPayments;
import dk.omsorg.ownpayment.OwnPayments.Computed;
import dk.omsorg.security.RequireCitizenAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** § 107 own payment over REST: the versions (newest first) and a new version when an input changes. */
@RestController
@RequireCitizenAccess
@RequestMapping("/api/v1/citizens/{citizenId}/own-payments")
@Tag(name = "Own payment", description = "§ 107 own payment (egenbetaling for midlertidigt botilbud), versioned")
class OwnPaymentApi {

    private final OwnPayments ownPayments;

    OwnPaymentApi(OwnPayments ownPayments) {
        this.ownPayments = ownPayments;
    }

    record LineDto(String kind, String name, BigDecimal amount) {
    }

    record CalculationDto(BigDecimal income, List<LineDto> expenses, BigDecimal expensesTotal,
                          BigDecimal disposableAmount, BigDecimal beforeCap, BigDecimal offerCost,
                          boolean cappedAtOffer) {
        static CalculationDto of(OwnPaymentResult r) {
            return r == null ? null : new CalculationDto(r.income().kroner(),
                    r.expenses().stream().map(l -> new LineDto(l.kind(), l.name(), l.amount().kroner())).toList(),
                    r.expensesTotal().kroner(), r.disposableAmount().kroner(), r.beforeCap().kroner(),
                    r.offerCost().kroner(), r.cappedAtOffer());
        }
    }

    record VersionDto(int version, LocalDate effectiveFrom, UUID grantKey, BigDecimal ownPayment, OwnPaymentForm input,
                      CalculationDto calculation, String createdBy, Instant createdAt) {
        static VersionDto of(Computed c) {
            OwnPaymentVersion v = c.version();
            return new VersionDto(v.version(), v.effectiveFrom(), v.grantKey(), v.ownPayment().kroner(), v.input(),
                    CalculationDto.of(c.result()), v.createdBy(), v.createdAt());
        }
    }

    @GetMapping
    @Operation(summary = "The citizen's own-payment versions, newest first, each with its calculation")
    List<VersionDto> history(@PathVariable long citizenId) {
        return ownPayments.history(citizenId).stream().map(VersionDto::of).toList();
    }

    @PostMapping
    @Operation(summary = "A new version from effectiveFrom: incomes, approved expenses (kinds of the policy, at most "
            + "their cap), rent for the former home until a date, the offer's monthly price; version = the latest seen "
            + "(0 for the first), else 409")
    ResponseEntity<VersionDto> save(@PathVariable long citizenId, @RequestBody OwnPaymentForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(VersionDto.of(ownPayments.save(citizenId, body)));
    }
}

package dk.omsorg.pools.api;

import dk.omsorg.pools.PoolKind;
import dk.omsorg.pools.PoolLedger;
import dk.omsorg.pools.PoolLedger.EventKind;
import dk.omsorg.pools.PoolView;
import dk.omsorg.pools.Pools;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Pools (puljer) over REST: open one for a grant, read balance and ledger, register uses, deductions, allowance. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Puljer", description = "§ 97 ledsageordning and § 84 afløsning/aflastning: balance, ledger, use")
class PoolApi {

    private final Pools pools;

    PoolApi(Pools pools) {
        this.pools = pools;
    }

    record LotDto(LocalDate accruedOn, LocalDate expiresOn, BigDecimal quantity, BigDecimal remaining) {
    }

    record LineDto(LocalDate on, String kind, BigDecimal quantity, BigDecimal capped, BigDecimal balance, String note,
                   Long entryId) {
    }

    record PayoutDto(int year, LocalDate paidOn, BigDecimal amount, String receiptReference, String paidBy) {
    }

    record PoolDto(long id, long citizenId, UUID grantKey, String kind, LocalDate startsOn, LocalDate endsOn,
                   BigDecimal quantity, BigDecimal savedOnOpen, LocalDate asOf, BigDecimal balance, List<LotDto> lots,
                   List<LineDto> ledger, List<PayoutDto> allowance, int version) {
        static PoolDto of(PoolView v) {
            PoolLedger.Result l = v.ledger();
            return new PoolDto(v.pool().id(), v.pool().citizenId(), v.pool().grantKey(), v.pool().kind().name(),
                    v.pool().startsOn(), v.pool().endsOn(), v.pool().quantity(), v.pool().savedOnOpen(), l.asOf(),
                    l.balance(), l.lots().stream().map(x -> new LotDto(x.accruedOn(), x.expiresOn(), x.quantity(), x.remaining())).toList(),
                    l.lines().stream().map(x -> new LineDto(x.on(), x.kind().name(), x.quantity(), x.capped(), x.balance(),
                            x.note(), x.eventId())).toList(),
                    v.payouts().stream().map(p -> new PayoutDto(p.year(), p.paidOn(), p.amount(), p.receiptReference(),
                            p.paidBy())).toList(),
                    v.pool().version());
        }
    }

    /** @param savedHours § 97 only: hours saved before the pool opened (the 90-hour cap applies) */
    record OpenRequest(UUID grantKey, PoolKind kind, LocalDate startsOn, LocalDate endsOn, BigDecimal quantity,
                       BigDecimal savedHours) {
    }

    @PostMapping("/citizens/{citizenId}/pools")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a pool for a grant: COMPANION_HOURS (§ 97, the policy's hours a month), RELIEF_HOURS "
            + "(§ 84 afløsning, hours per 12 months) or RESPITE_DAYS (§ 84 aflastning, days per 12 months)")
    PoolDto open(@PathVariable long citizenId, @RequestBody OpenRequest r) {
        return PoolDto.of(pools.open(citizenId, new Pools.Opening(r.grantKey(), r.kind(), r.startsOn(), r.endsOn(),
                r.quantity(), r.savedHours())));
    }

    @GetMapping("/citizens/{citizenId}/pools")
    @Operation(summary = "The citizen's pools with balance, lots and their expiry, and the ledger as of today")
    List<PoolDto> forCitizen(@PathVariable long citizenId) {
        return pools.forCitizen(citizenId).stream().map(PoolDto::of).toList();
    }

    @GetMapping("/pools/{id}")
    @Operation(summary = "One pool with balance and ledger")
    PoolDto read(@PathVariable long id) {
        return PoolDto.of(pools.read(id));
    }

    record EntryRequest(LocalDate on, BigDecimal quantity, String note, Integer version) {
    }

    @PostMapping("/pools/{id}/uses")
    @Operation(summary = "Register a use (oldest hours first); beyond the balance, before the start or in the future is refused")
    PoolDto use(@PathVariable long id, @RequestBody EntryRequest r) {
        return PoolDto.of(pools.register(id, EventKind.USE, r.on(), r.quantity(), r.note(), r.version()));
    }

    @PostMapping("/pools/{id}/deductions")
    @Operation(summary = "§ 97: deduct companionship the citizen is given by another offer (home, botilbud, dagtilbud)")
    PoolDto deduct(@PathVariable long id, @RequestBody EntryRequest r) {
        return PoolDto.of(pools.register(id, EventKind.DEDUCTION, r.on(), r.quantity(), r.note(), r.version()));
    }

    record AllowanceRequest(LocalDate paidOn, BigDecimal amount, String receiptReference, Integer version) {
    }

    @PostMapping("/pools/{id}/allowance")
    @Operation(summary = "§ 97 stk. 7: pay the yearly allowance for the companion's expenses on receipts, once a year")
    PoolDto allowance(@PathVariable long id, @RequestBody AllowanceRequest r) {
        return PoolDto.of(pools.payAllowance(id, r.paidOn(), r.amount(), r.receiptReference(), r.version()));
    }
}

package dk.omsorg.bpa.api;

import dk.omsorg.bpa.BpaBudget;
import dk.omsorg.bpa.Bpas;
import dk.omsorg.bpa.Bpas.View;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** BPA (§ 96) over REST: a citizen's arrangement with budget, follow-up date and team flag; the flagged cases. */
@RestController
@RequireCitizenAccess
@Tag(name = "BPA", description = "Borgerstyret personlig assistance (§ 96): budget, yearly follow-up, helper team")
class BpaApi {

    private final Bpas bpas;

    BpaApi(Bpas bpas) {
        this.bpas = bpas;
    }

    record PeriodDto(LocalDate from, LocalDate to, long days, BigDecimal hourlyRate, BigDecimal administrationPercent,
                     BigDecimal amount) {
    }

    record BudgetDto(LocalDate from, LocalDate to, BigDecimal total, List<PeriodDto> periods) {
        static BudgetDto of(BpaBudget.Year y) {
            return y == null ? null : new BudgetDto(y.start(), y.end(), y.total().kroner(), y.periods().stream()
                    .map(p -> new PeriodDto(p.from(), p.to(), p.days(), p.hourlyRate().kroner(), p.administrationPercent(),
                            p.amount().kroner())).toList());
        }
    }

    record BpaDto(long citizenId, UUID grantKey, BigDecimal hoursPerDay, LocalDate startDate, BudgetDto budget,
                  LocalDate nextFollowUp, LocalDate teamNotKeptFrom, boolean teamFlagged, LocalDate teamFlaggedAfter,
                  int version) {
        static BpaDto of(View v) {
            var a = v.arrangement();
            return new BpaDto(a.citizenId(), a.grantKey(), a.hoursPerDay(), a.startDate(), BudgetDto.of(v.budget()),
                    v.nextFollowUp(), a.teamNotKeptFrom(), v.teamFlagged(), v.teamFlaggedFrom(), a.version());
        }
    }

    /** @param version absent to create; the version seen to change */
    record SaveRequest(BigDecimal hoursPerDay, LocalDate startDate, UUID grantKey, Integer version) {
    }

    record TeamRequest(LocalDate teamNotKeptFrom, Integer version) {
    }

    @GetMapping("/api/v1/citizens/{citizenId}/bpa")
    @Operation(summary = "The citizen's BPA arrangement: the budget year's amount, the next yearly follow-up, the team flag")
    BpaDto find(@PathVariable long citizenId) {
        return bpas.find(citizenId).map(BpaDto::of).orElseThrow(() -> new NotFoundException("bpa.notFound"));
    }

    @PutMapping("/api/v1/citizens/{citizenId}/bpa")
    @Operation(summary = "Create (no version) or change (the version seen, else 409) the granted hours per day (0–24) and start")
    BpaDto save(@PathVariable long citizenId, @RequestBody SaveRequest body) {
        return BpaDto.of(bpas.save(citizenId, body.hoursPerDay(), body.startDate(), body.grantKey(), body.version()));
    }

    @PutMapping("/api/v1/citizens/{citizenId}/bpa/team-report")
    @Operation(summary = "The day from which a full helper team cannot be kept (null: full again); flagged after the policy's weeks")
    BpaDto reportTeam(@PathVariable long citizenId, @RequestBody TeamRequest body) {
        return BpaDto.of(bpas.reportTeam(citizenId, body.teamNotKeptFrom(), body.version()));
    }

    @GetMapping("/api/v1/bpa/team-not-kept")
    @Operation(summary = "The municipality's BPA arrangements whose full helper team has not been kept for more than the policy's weeks")
    List<BpaDto> teamNotKept() {
        return bpas.teamNotKept().stream().map(BpaDto::of).toList();
    }
}

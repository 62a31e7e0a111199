package dk.omsorg.additionalcosts.api;

import dk.omsorg.additionalcosts.AdditionalCostsRegulation;
import dk.omsorg.additionalcosts.AdditionalCostsRegulation.Draft;
import dk.omsorg.security.RequireCaseResponsibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The yearly regulation of § 100 allowances over REST: drafts per citizen with the difference, approved once. */
@RestController
@RequireCaseResponsibility
@RequestMapping("/api/v1/additional-costs/regulations/{levelValidFrom}")
@Tag(name = "Merudgifter", description = "§ 100 yearly regulation")
class AdditionalCostsRegulationApi {

    private final AdditionalCostsRegulation regulation;

    AdditionalCostsRegulationApi(AdditionalCostsRegulation regulation) {
        this.regulation = regulation;
    }

    record DraftDto(long id, long calculationId, long citizenId, String cprNumber, String name, BigDecimal oldAllowance,
                    BigDecimal newAllowance, BigDecimal difference, String newOutcome, int newBand, BigDecimal newNeed,
                    String status) {
        static DraftDto of(Draft d) {
            return new DraftDto(d.id(), d.calculationId(), d.citizenId(), d.cprNumber(), d.name(), d.oldAllowance().kroner(),
                    d.newAllowance().kroner(), d.difference().kroner(), d.newOutcome(), d.newBand(), d.newNeed().kroner(),
                    d.status());
        }
    }

    @PostMapping
    @Operation(summary = "Create the recalculation drafts for the level taking effect on levelValidFrom")
    List<DraftDto> create(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.createDrafts(levelValidFrom).stream().map(DraftDto::of).toList();
    }

    @GetMapping
    @Operation(summary = "The drafts and approved recalculations for the level")
    List<DraftDto> list(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.drafts(levelValidFrom).stream().map(DraftDto::of).toList();
    }

    @PostMapping("/approval")
    @Operation(summary = "Approve the drafts: they take effect from levelValidFrom; 409 when already approved")
    List<DraftDto> approve(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.approve(levelValidFrom).stream().map(DraftDto::of).toList();
    }
}

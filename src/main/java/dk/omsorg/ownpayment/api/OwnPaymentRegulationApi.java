package dk.omsorg.ownpayment.api;

import dk.omsorg.ownpayment.OwnPaymentRegulation;
import dk.omsorg.ownpayment.OwnPaymentRegulation.Draft;
import dk.omsorg.ownpayment.RequireOwnPaymentRegulation;
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

/** The yearly regulation of § 107 own payments over REST: drafts per citizen with before and after, approved once. */
@RestController
@RequireOwnPaymentRegulation
@RequestMapping("/api/v1/own-payments/regulations/{levelValidFrom}")
@Tag(name = "Own payment", description = "§ 107 own payment: new versions for a new yearly level")
class OwnPaymentRegulationApi {

    private final OwnPaymentRegulation regulation;

    OwnPaymentRegulationApi(OwnPaymentRegulation regulation) {
        this.regulation = regulation;
    }

    record DraftDto(long id, long citizenId, String cprNumber, String name, LocalDate levelValidFrom, int baseVersion,
                    BigDecimal before, BigDecimal after, BigDecimal difference, String status, Integer approvedVersion) {
        static DraftDto of(Draft d) {
            return new DraftDto(d.id(), d.citizenId(), d.cprNumber(), d.name(), d.levelValidFrom(), d.baseVersion(),
                    d.before().kroner(), d.after().kroner(), d.difference().kroner(), d.status(), d.approvedVersion());
        }
    }

    @PostMapping
    @Operation(summary = "Make the drafts for the level taking effect on levelValidFrom (again: the missing and stale ones)")
    List<DraftDto> create(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.createDrafts(levelValidFrom).stream().map(DraftDto::of).toList();
    }

    @GetMapping
    @Operation(summary = "The level's drafts and approved recalculations")
    List<DraftDto> list(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.drafts(levelValidFrom).stream().map(DraftDto::of).toList();
    }

    @PostMapping("/approval")
    @Operation(summary = "Approve the drafts: each becomes a new version from levelValidFrom; 409 when approved already "
            + "or when a citizen's own payment changed after its draft was made")
    List<DraftDto> approve(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate levelValidFrom) {
        return regulation.approve(levelValidFrom).stream().map(DraftDto::of).toList();
    }
}

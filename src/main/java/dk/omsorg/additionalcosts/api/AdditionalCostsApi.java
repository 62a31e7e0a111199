package dk.omsorg.additionalcosts.api;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.api.AdditionalCostsDtos.CalculationDto;
import dk.omsorg.additionalcosts.api.AdditionalCostsDtos.CalculationRequest;
import dk.omsorg.additionalcosts.api.AdditionalCostsDtos.EndRequest;
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

import java.util.List;

/** A citizen's § 100 calculations (merudgiftsydelse) over REST. */
@RestController
@RequireCitizenAccess
@RequestMapping("/api/v1/citizens/{citizenId}/additional-costs")
@Tag(name = "Merudgifter", description = "§ 100 additional costs calculations")
class AdditionalCostsApi {

    private final AdditionalCosts additionalCosts;

    AdditionalCostsApi(AdditionalCosts additionalCosts) {
        this.additionalCosts = additionalCosts;
    }

    @PostMapping
    @Operation(summary = "Calculate and store: expense lines (kind, text, amount, period MONTH/YEAR, evidence "
            + "PROBABLE/DOCUMENTED with receiptReference; kilometres for LEISURE_DRIVING, weeks for HOLIDAY) and deductions; "
            + "the result by the level in force in startMonth")
    ResponseEntity<CalculationDto> calculate(@PathVariable long citizenId, @RequestBody CalculationRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CalculationDto.of(additionalCosts.calculate(citizenId, body.toRequest())));
    }

    @GetMapping
    @Operation(summary = "The citizen's calculations, newest start month first")
    List<CalculationDto> list(@PathVariable long citizenId) {
        return additionalCosts.ofCitizen(citizenId).stream().map(CalculationDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One calculation")
    CalculationDto one(@PathVariable long citizenId, @PathVariable long id) {
        return CalculationDto.of(additionalCosts.one(citizenId, id));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "The conditions end (or the citizen died) on conditionsEnd: paid through that month; 409 when stale")
    CalculationDto end(@PathVariable long citizenId, @PathVariable long id, @RequestBody EndRequest body) {
        return CalculationDto.of(additionalCosts.end(citizenId, id, body.conditionsEnd(), body.version()));
    }
}

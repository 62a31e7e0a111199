package dk.omsorg.specialcase.api;

import dk.omsorg.specialcase.OfferComparison;
import dk.omsorg.specialcase.OfferComparison.Comparison;
import dk.omsorg.specialcase.SpecialCaseContracts;
import dk.omsorg.specialcase.SpecialCaseContracts.Contract;
import dk.omsorg.specialcase.SpecialCaseContracts.NewContract;
import dk.omsorg.specialcase.SpecialCaseContracts.Notice;
import dk.omsorg.specialcase.SpecialCaseContracts.RateChange;
import dk.omsorg.specialcase.SpecialCaseOffers;
import dk.omsorg.specialcase.SpecialCaseOffers.NewOffer;
import dk.omsorg.specialcase.SpecialCaseOffers.Offer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * A special case's offers, comparison, choice, review by finance and contracts over REST (the leader records and
 * decides; finance reads). Bad input: 400 with a Danish error per field, nothing stored; a stale version: 409.
 */
@RestController
@Tag(name = "Særlige borgersager: tilbud og kontrakt", description = "Offers, comparison and contracts of special 1:1 cases")
class SpecialCaseOfferApi {

    private final SpecialCaseOffers offers;
    private final OfferComparison comparison;
    private final SpecialCaseContracts contracts;

    SpecialCaseOfferApi(SpecialCaseOffers offers, OfferComparison comparison, SpecialCaseContracts contracts) {
        this.offers = offers;
        this.comparison = comparison;
        this.contracts = contracts;
    }

    record ChoiceRequest(Long offerId, String reason) {
    }

    @Operation(summary = "Record an offer (leader): provider, received date, hourly rate per time band, validity, notice")
    @PostMapping("/api/v1/special-cases/{caseId}/offers")
    ResponseEntity<Offer> record(@PathVariable long caseId, @RequestBody NewOffer request) {
        Offer offer = offers.record(caseId, request);
        return ResponseEntity.created(URI.create("/api/v1/special-cases/" + caseId + "/offers")).body(offer);
    }

    @GetMapping("/api/v1/special-cases/{caseId}/offers")
    List<Offer> offers(@PathVariable long caseId) {
        return offers.list(caseId);
    }

    @Operation(summary = "The offers side by side with the municipal and the primary private provider, as monthly cost")
    @GetMapping("/api/v1/special-cases/{caseId}/comparison")
    Comparison compare(@PathVariable long caseId) {
        return comparison.compare(caseId);
    }

    @Operation(summary = "Choose an offer: the cheapest, or another with a written reason")
    @PostMapping("/api/v1/special-cases/{caseId}/choice")
    Comparison choose(@PathVariable long caseId, @RequestBody ChoiceRequest request) {
        return comparison.choose(caseId, request.offerId(), request.reason());
    }

    @Operation(summary = "Ask finance's controller to review the offers (a task for finance)")
    @PostMapping("/api/v1/special-cases/{caseId}/review")
    ResponseEntity<Void> review(@PathVariable long caseId) {
        offers.askReview(caseId);
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Make the contract with the chosen offer's provider and rates")
    @PostMapping("/api/v1/special-cases/{caseId}/contracts")
    ResponseEntity<Contract> contract(@PathVariable long caseId, @RequestBody NewContract request) {
        Contract contract = contracts.make(caseId, request);
        return ResponseEntity.created(URI.create("/api/v1/special-case-contracts/" + contract.id())).body(contract);
    }

    @GetMapping("/api/v1/special-cases/{caseId}/contracts")
    List<Contract> contracts(@PathVariable long caseId) {
        return contracts.list(caseId);
    }

    @Operation(summary = "Give notice: the contract ends on endOn, at the latest the last day of the notice")
    @PostMapping("/api/v1/special-case-contracts/{contractId}/notice")
    Contract notice(@PathVariable long contractId, @RequestBody Notice request) {
        return contracts.giveNotice(contractId, request);
    }

    @Operation(summary = "New rates from a day (up or down); finance is told the change in monthly cost")
    @PostMapping("/api/v1/special-case-contracts/{contractId}/rates")
    Contract rates(@PathVariable long contractId, @RequestBody RateChange request) {
        return contracts.changeRates(contractId, request);
    }
}

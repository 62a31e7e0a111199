package dk.omsorg.klgateway.api;

import dk.omsorg.klgateway.DeliveryReports;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireFinance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The KL Gateway delivery report (leverancerapport) for a period, for finance and the leader (providers and
 * caseworkers: 403). The municipality's file is NDJSON — one FHIR Bundle a line, as FHIR's bulk data export
 * writes it — streamed while the citizens are read, so it starts at once and never sits whole in memory.
 */
@RestController
@RequestMapping("/api/v1/kl-gateway/delivery-report")
@RequireFinance
@Tag(name = "KL Gateway", description = "FSIII delivery reports (leverancerapporter) in KL Gateway's FHIR profiles")
class DeliveryReportApi {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    static final String FHIR_NDJSON = "application/fhir+ndjson;charset=UTF-8";

    private final DeliveryReports reports;
    private final CurrentUsers users;

    DeliveryReportApi(DeliveryReports reports, CurrentUsers users) {
        this.reports = reports;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Every citizen with FSIII care in the period (from, to: yyyy-mm-dd, at most 366 days) as NDJSON: "
            + "one KLGatewayCareDeliveryReport Bundle a line; every citizen reported is audited")
    void municipality(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      HttpServletResponse response) throws IOException {
        ReportPeriod period = ReportPeriod.parse(from, to);
        reports.checkCanReport();
        response.setContentType(FHIR_NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("kl-gateway-leverancerapport-" + users.current().municipalityId() + "-" + period.from() + "-"
                        + period.to() + ".ndjson").build().toString());
        reports.municipality(period, response.getOutputStream());
    }

    @GetMapping("/citizens/{citizenId}")
    @Operation(summary = "One citizen's KLGatewayCareDeliveryReport Bundle for the period (from, to: yyyy-mm-dd); "
            + "a citizen of another municipality is 404")
    ResponseEntity<String> citizen(@PathVariable long citizenId, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return ResponseEntity.ok().contentType(FHIR_JSON).body(reports.citizen(citizenId, period));
    }
}

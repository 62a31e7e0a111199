package dk.omsorg.klgateway.web;

import dk.omsorg.klgateway.DeliveryReports;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireFinance;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finance's and the leader's page for the KL Gateway delivery report (indberetning): a period (last month unless
 * chosen), how many citizens the report holds (a count in the database), and the file to download — the same NDJSON
 * as the API's, written by the same service while the citizens are read, every citizen reported audited.
 */
@Controller
@RequireFinance
class DeliveryReportController {

    static final String FHIR_NDJSON = "application/fhir+ndjson;charset=UTF-8";

    private final DeliveryReports reports;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    DeliveryReportController(DeliveryReports reports, CurrentUsers users, Messages messages, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kl-gateway")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                HttpServletResponse response) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        String first = from == null && to == null ? lastMonth.atDay(1).toString() : from;
        String last = from == null && to == null ? lastMonth.atEndOfMonth().toString() : to;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("canReport", reports.canReport());
        try {
            ReportPeriod period = ReportPeriod.parse(first, last);
            model.addAttribute("period", period);
            model.addAttribute("citizens", reports.count(period));
            model.addAttribute("fieldErrors", Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", errors(e));
            response.setStatus(400);
        }
        return "klgateway/delivery-report";
    }

    /** The municipality's file for the period; a bad period goes back to the page, which shows the Danish error. */
    @GetMapping("/kl-gateway/delivery-report.ndjson")
    void download(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  HttpServletResponse response) throws IOException {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to);
        } catch (InvalidInputException e) {
            response.sendRedirect(UriComponentsBuilder.fromPath("/kl-gateway")
                    .queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to)
                    .encode().build().toUriString());
            return;
        }
        reports.checkCanReport();
        response.setContentType(FHIR_NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("kl-gateway-leverancerapport-" + users.current().municipalityId() + "-" + period.from() + "-"
                        + period.to() + ".ndjson").build().toString());
        reports.municipality(period, response.getOutputStream());
    }

    private Map<String, String> errors(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.violations().forEach(v -> byField.putIfAbsent(v.field() == null ? "form" : v.field(),
                messages.text(v.messageKey(), v.args())));
        return byField;
    }
}

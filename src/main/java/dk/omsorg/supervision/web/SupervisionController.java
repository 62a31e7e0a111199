package dk.omsorg.supervision.web;

import dk.omsorg.security.RequireSupervision;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.supervision.NewSample;
import dk.omsorg.supervision.Sample;
import dk.omsorg.supervision.SupervisionSamples;
import dk.omsorg.supervision.internal.SampleExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The supervisor's screens: the samples with the form to draw one (Træk stikprøve), and a sample's table per
 * provider with CSV and XLSX downloads.
 */
@Controller
@RequireSupervision
class SupervisionController {

    private final SupervisionSamples samples;
    private final SampleExport export;
    private final Messages messages;
    private final Clock clock;

    SupervisionController(SupervisionSamples samples, SampleExport export, Messages messages, Clock clock) {
        this.samples = samples;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form's values as typed. */
    public record Form(String from, String to, String perProvider, String providerId, String seed) {
    }

    @GetMapping("/supervision")
    String list(Model model) {
        // a suggestion: the previous calendar month
        LocalDate firstOfMonth = LocalDate.now(clock.withZone(DanishTime.ZONE)).withDayOfMonth(1);
        LocalDate from = firstOfMonth.minusMonths(1);
        return page(model, new Form(from.toString(), firstOfMonth.minusDays(1).toString(), "5", "", ""), Map.of());
    }

    @PostMapping("/supervision/samples")
    String draw(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String perProvider, @RequestParam(required = false) String providerId,
                @RequestParam(required = false) String seed, Model model) {
        Form form = new Form(from, to, perProvider, providerId, seed);
        try {
            Sample sample = samples.draw(NewSample.parse(from, to, perProvider, providerId, seed));
            return "redirect:/supervision/samples/" + sample.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.merge(v.field() == null ? "" : v.field(), messages.text(v.messageKey(), v.args()),
                    (a, b) -> a + " " + b));
            return page(model, form, errors);
        }
    }

    private String page(Model model, Form form, Map<String, String> errors) {
        model.addAttribute("samples", samples.samples());
        model.addAttribute("providers", samples.providers());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "supervision/list";
    }

    @GetMapping("/supervision/samples/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("report", samples.report(id));
        return "supervision/show";
    }

    @GetMapping("/supervision/samples/{id}/export.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return export.csvDownload(samples.report(id));
    }

    @GetMapping("/supervision/samples/{id}/export.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return export.xlsxDownload(samples.report(id));
    }
}

package dk.omsorg.delivery.web;

import dk.omsorg.delivery.VisitInput;
import dk.omsorg.delivery.VisitTemplates;
import dk.omsorg.delivery.Visits;
import dk.omsorg.delivery.VisitsRejected;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Downloads;
import dk.omsorg.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The provider's screens for planned and delivered time: a citizen's week with the minutes per grant and
 * day and a form to register a delivered visit, and the CSV import with its result or bad lines.
 */
@Controller
@RequireProvider
class ProviderVisitController {

    private final Visits visits;
    private final VisitTemplates templates;
    private final Messages messages;
    private final Clock clock;

    ProviderVisitController(Visits visits, VisitTemplates templates, Messages messages, Clock clock) {
        this.visits = visits;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/provider/citizens/{citizenId}/week")
    String week(@PathVariable long citizenId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        model.addAttribute("week", visits.week(citizenId, date));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), DanishTime.ZONE));
        model.addAttribute("reasons", List.of("CITIZEN_ABSENT", "HOSPITALISED", "CANCELLED_BY_CITIZEN", "REPLACEMENT_HELP"));
        return "delivery/week";
    }

    @PostMapping("/provider/citizens/{citizenId}/visits")
    String register(@PathVariable long citizenId, @RequestParam(required = false) String grantKey,
                    @RequestParam(required = false) String date, @RequestParam(required = false) String startTime,
                    @RequestParam(required = false) String minutes, @RequestParam(required = false) String notDeliveredReason,
                    RedirectAttributes redirect) {
        VisitInput input = new VisitInput("web-" + UUID.randomUUID(), grantKey, "DELIVERED", date, startTime, null, minutes,
                notDeliveredReason == null || notDeliveredReason.isBlank() ? null : notDeliveredReason);
        try {
            visits.register(List.of(input));
            redirect.addFlashAttribute("success", messages.text("delivery.registered"));
        } catch (VisitsRejected e) {
            redirect.addFlashAttribute("visitErrors", e.errors().stream()
                    .map(err -> messages.text("delivery.error." + err.code(), err.args())).toList());
        }
        redirect.addAttribute("date", date == null || date.isBlank() ? null : date);
        return "redirect:/provider/citizens/" + citizenId + "/week";
    }

    @GetMapping("/provider/import")
    String importForm(Model model) {
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), DanishTime.ZONE));
        return "delivery/import";
    }

    /** The week's template (docs/visit-import-format.md), to fill in and import. */
    @GetMapping("/provider/import/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        LocalDate day = week == null ? LocalDate.ofInstant(clock.instant(), DanishTime.ZONE) : week;
        return Downloads.attachment(templates.csv(day), Downloads.CSV, fileName(day));
    }

    /** "besoeg-uge-2026-12-07.csv": the week's Monday, in ASCII so every browser keeps the name. */
    static String fileName(LocalDate day) {
        return "besoeg-uge-" + day.with(DayOfWeek.MONDAY) + ".csv";
    }

    @PostMapping("/provider/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), DanishTime.ZONE));
        if (noFile(file)) {
            model.addAttribute("rejected", messages.text("delivery.error.noFile"));
            return "delivery/import";
        }
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            Visits.Outcome outcome = visits.importCsv(text);
            model.addAttribute("success", messages.text("delivery.imported", outcome.inserted(), outcome.updated(),
                    outcome.unchanged()));
        } catch (VisitsRejected e) {
            model.addAttribute("rejected", messages.text("delivery.rejected.file", e.badLines()));
            model.addAttribute("errors", e.errors().stream().map(err -> new Line(err.line(), err.column(),
                    messages.text("delivery.error." + err.code(), err.args()))).toList());
        }
        return "delivery/import";
    }

    record Line(int line, String column, String message) {
    }

    /** No file chosen: no part, or the empty part a browser sends without a file name. */
    static boolean noFile(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

}

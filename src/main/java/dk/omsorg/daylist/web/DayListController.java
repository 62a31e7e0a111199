package dk.omsorg.daylist.web;

import dk.omsorg.daylist.DayList;
import dk.omsorg.daylist.DayLists;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.HtmlToPdf;
import dk.omsorg.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The provider's page "Beredskabsliste": the list on screen (with a print stylesheet), as PDF and as CSV. */
@Controller
@RequireProvider
class DayListController {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DayLists lists;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    DayListController(DayLists lists, ITemplateEngine templates, MessageSource messages) {
        this.lists = lists;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/provider/day-list")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        model.addAttribute("list", lists.mine(from));
        return "daylist/page";
    }

    @GetMapping("/provider/day-list.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        DayList list = lists.mine(from);
        String html = templates.process("daylist/print", new Context(DANISH, Map.of("list", list)));
        return Downloads.attachment(HtmlToPdf.render(html, null, "The day list"), MediaType.APPLICATION_PDF, name(list, "pdf"));
    }

    @GetMapping("/provider/day-list.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        DayList list = lists.mine(from);
        List<List<Object>> rows = new ArrayList<>();
        for (DayList.District d : list.districts()) {
            for (DayList.CitizenVisits c : d.citizens()) {
                String contacts = String.join("; ", c.contacts().stream().map(k -> k.name() + " (" + text(k.relation())
                        + ")" + (k.phone() == null ? "" : " " + k.phone())).toList());
                for (DayList.Visit v : c.visits()) {
                    rows.add(List.of(d.name(), v.day().format(DATE), v.start() == null ? "" : v.start().toString(),
                            text("delivery.shift." + v.shift()), v.minutes(), c.name(), nz(c.address()), nz(c.phone()),
                            nz(c.homeAccess()), v.intervention(), contacts));
                }
            }
        }
        byte[] csv = Downloads.csv(List.of("Distrikt", "Dato", "Klokken", "Vagt", "Minutter", "Borger", "Adresse", "Telefon",
                "Adgang til hjemmet", "Indsats", "Kontakter"), rows);
        return Downloads.attachment(csv, Downloads.CSV, name(list, "csv"));
    }

    @PostMapping("/provider/day-list/citizens/{citizenId}/home-access")
    String homeAccess(@PathVariable long citizenId, @RequestParam(required = false) String homeAccess,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        lists.homeAccess(citizenId, homeAccess);
        return "redirect:/provider/day-list" + (from == null ? "" : "?from=" + from);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DANISH);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String name(DayList list, String ext) {
        return "beredskabsliste-" + list.from() + "-" + list.to() + "." + ext;
    }
}

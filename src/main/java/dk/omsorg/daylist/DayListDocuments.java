package dk.omsorg.daylist;

import dk.omsorg.shared.HtmlToPdf;
import dk.omsorg.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A day list as the PDF to print (A4, a citizen never split) and as CSV (one row per visit), in Danish. */
@Component
public class DayListDocuments {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ITemplateEngine templates;
    private final MessageSource messages;

    DayListDocuments(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public byte[] pdf(DayList list) {
        String html = templates.process("daylist/print", new Context(DANISH, Map.of("list", list)));
        return HtmlToPdf.render(html, null, "The day list");
    }

    public byte[] csv(DayList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayList.District d : list.districts()) {
            for (DayList.CitizenVisits c : d.citizens()) {
                String contacts = String.join("; ", c.contacts().stream().map(k -> k.name() + " (" + text(k.relation())
                        + ")" + (k.phone() == null ? "" : " " + k.phone())).toList());
                for (DayList.Visit v : c.visits()) {
                    rows.add(List.of(d.name(), v.day().format(DATE), v.start() == null ? "" : v.start().toString(),
                            text("delivery.shift." + v.shift()), v.minutes(), c.name(), nz(c.address()), nz(c.phone()),
                            nz(c.homeAccess()), v.intervention(), v.status() == null ? "" : text(v.status()), contacts));
                }
            }
        }
        return Downloads.csv(List.of("Distrikt", "Dato", "Klokken", "Vagt", "Minutter", "Borger", "Adresse", "Telefon",
                "Adgang til hjemmet", "Indsats", "Sådan gik besøget", "Kontakter"), rows);
    }

    /** "beredskabsliste-2026-12-05-2026-12-10[-distrikt].pdf" */
    public static String fileName(DayList list, String ext) {
        return fileName(list.from(), list.to(), list.district(), ext);
    }

    /** The same name for a stored print (district null or empty: all districts). */
    static String fileName(java.time.LocalDate from, java.time.LocalDate to, String district, String ext) {
        return "beredskabsliste-" + from + "-" + to + (district == null || district.isEmpty() ? "" : "-" + district) + "." + ext;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DANISH);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

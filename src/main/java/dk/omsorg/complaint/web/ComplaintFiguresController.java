package dk.omsorg.complaint.web;

import dk.omsorg.complaint.ComplaintFigures;
import dk.omsorg.complaint.ComplaintFigures.Figures;
import dk.omsorg.complaint.ComplaintFiguresChart;
import dk.omsorg.complaint.ComplaintFiguresExport;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The leader's complaint figures (issue 18): a page with a chart per month and the key figures, filtered by a period
 * of months, and the same as XLSX. Leaders only: the figures are management information.
 */
@Controller
@PreAuthorize("hasRole('LEADER')")
class ComplaintFiguresController {

    private final ComplaintFigures figures;
    private final ComplaintFiguresExport export;
    private final CurrentUsers users;
    private final MessageSource messages;

    ComplaintFiguresController(ComplaintFigures figures, ComplaintFiguresExport export, CurrentUsers users,
                               MessageSource messages) {
        this.figures = figures;
        this.export = export;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/complaints/figures")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to, Model model) {
        Figures f = figures(from, to);
        model.addAttribute("f", f);
        model.addAttribute("fromName", ComplaintFiguresExport.month(f.from()));
        model.addAttribute("toName", ComplaintFiguresExport.month(f.to()));
        model.addAttribute("chart", ComplaintFiguresChart.of(f.perMonth(),
                messages.getMessage("complaintFigures.chart.description", null, Locale.forLanguageTag("da"))));
        return "complaint/figures";
    }

    @GetMapping("/complaints/figures.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        Figures f = figures(from, to);
        return Downloads.attachment(export.xlsx(f), Downloads.XLSX, "klager-" + f.from() + "-" + f.to() + ".xlsx");
    }

    /** Default: the last 12 months up to this one. */
    private Figures figures(YearMonth from, YearMonth to) {
        YearMonth end = to == null ? figures.thisMonth() : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "complaintFigures.period.invalid");
        }
        if (start.plusMonths(35).isBefore(end)) {
            throw new InvalidInputException("to", "complaintFigures.period.tooLong");
        }
        return figures.of(users.current().municipalityId(), start, end);
    }
}

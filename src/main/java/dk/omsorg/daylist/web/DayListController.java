package dk.omsorg.daylist.web;

import dk.omsorg.daylist.DayList;
import dk.omsorg.daylist.DayListDocuments;
import dk.omsorg.daylist.DayListPrints;
import dk.omsorg.daylist.DayLists;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/**
 * The provider's page "Beredskabsliste": the list on screen (with a print stylesheet), as PDF and as CSV, for all its
 * districts or one; and the prints made in the night or on demand, to download.
 */
@Controller
@RequireProvider
class DayListController {

    private final DayLists lists;
    private final DayListDocuments documents;
    private final DayListPrints prints;

    DayListController(DayLists lists, DayListDocuments documents, DayListPrints prints) {
        this.lists = lists;
        this.documents = documents;
        this.prints = prints;
    }

    @GetMapping("/provider/day-list")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) String district, Model model) {
        model.addAttribute("list", lists.mine(from, district));
        model.addAttribute("districts", lists.districts());
        model.addAttribute("prints", prints.mine());
        return "daylist/page";
    }

    @GetMapping("/provider/day-list.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) String district) {
        DayList list = lists.mine(from, district);
        return Downloads.attachment(documents.pdf(list), MediaType.APPLICATION_PDF, DayListDocuments.fileName(list, "pdf"));
    }

    @GetMapping("/provider/day-list.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) String district) {
        DayList list = lists.mine(from, district);
        return Downloads.attachment(documents.csv(list), Downloads.CSV, DayListDocuments.fileName(list, "csv"));
    }

    @PostMapping("/provider/day-list/prints")
    String makePrints(RedirectAttributes redirect) {
        redirect.addFlashAttribute("made", prints.makeMine());
        return "redirect:/provider/day-list";
    }

    @GetMapping("/provider/day-list/prints/{id}.{kind:pdf|csv}")
    ResponseEntity<byte[]> print(@PathVariable long id, @PathVariable String kind) {
        DayListPrints.File file = prints.download(id, kind);
        return Downloads.attachment(file.body(), "pdf".equals(kind) ? MediaType.APPLICATION_PDF : Downloads.CSV, file.name());
    }

    @PostMapping("/provider/day-list/citizens/{citizenId}/home-access")
    String homeAccess(@PathVariable long citizenId, @RequestParam(required = false) String homeAccess,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        lists.homeAccess(citizenId, homeAccess);
        return "redirect:/provider/day-list" + (from == null ? "" : "?from=" + from);
    }
}

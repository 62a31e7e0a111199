package dk.omsorg.management.web;

import dk.omsorg.management.Chart;
import dk.omsorg.management.ManagementExport;
import dk.omsorg.management.ManagementFilter;
import dk.omsorg.management.ManagementPage;
import dk.omsorg.management.Report;
import dk.omsorg.management.internal.FilterOptions;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.Role;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of the management pages: tabs for every {@link ManagementPage}, the shared filters, the page's chart and
 * table, and its XLSX. Leader and finance only: aggregate figures of the whole municipality, no citizen's data.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','FINANCE')")
class ManagementController {

    private final List<ManagementPage> pages;
    private final FilterOptions options;
    private final CurrentUsers users;
    private final Clock clock;

    ManagementController(List<ManagementPage> pages, FilterOptions options, CurrentUsers users, Clock clock) {
        this.pages = pages.stream().sorted(Comparator.comparingInt(ManagementPage::order)).toList();
        this.options = options;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/management")
    String first() {
        return "redirect:/management/" + visible().get(0).key();
    }

    @GetMapping("/management/{key}")
    String page(@PathVariable String key,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                @RequestParam(required = false) String district, @RequestParam(required = false) Long provider,
                @RequestParam(required = false) String area,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
                Model model) {
        ManagementPage page = page(key);
        ManagementFilter filter = filter(page, from, to, district, provider, area, knownOn);
        Report report = page.report(filter);
        int m = filter.municipalityId();
        model.addAttribute("pages", visible());
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("report", report);
        model.addAttribute("chart", Chart.of(report.chart()));
        model.addAttribute("districts", options.districts(m));
        model.addAttribute("providers", options.providers(m));
        model.addAttribute("areas", options.areas(m));
        model.addAttribute("fromName", Report.month(filter.from()));
        model.addAttribute("toName", Report.month(filter.to()));
        return "management/page";
    }

    @GetMapping("/management/{key}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@PathVariable String key,
                                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                                @RequestParam(required = false) String district, @RequestParam(required = false) Long provider,
                                @RequestParam(required = false) String area,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn) {
        ManagementPage page = page(key);
        ManagementFilter filter = filter(page, from, to, district, provider, area, knownOn);
        Report report = page.report(filter);
        return Downloads.attachment(ManagementExport.xlsx(report), Downloads.XLSX,
                "ledelsesinformation-" + slug(report.sheetName()) + "-" + filter.from() + "-" + filter.to() + ".xlsx");
    }

    private ManagementPage page(String key) {
        ManagementPage page = pages.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!visible().contains(page)) {
            throw new AccessDeniedException("Leader only");
        }
        return page;
    }

    /** The file name in Danish, as people read it: "Særlige borgersager" → "saerlige-borgersager". */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The pages the current user may see. */
    private List<ManagementPage> visible() {
        boolean leader = users.current().is(Role.LEADER);
        return pages.stream().filter(p -> leader || !p.leaderOnly()).toList();
    }

    /** Defaults: the last 12 months up to this one, known on today; filters a page does not use are dropped. */
    private ManagementFilter filter(ManagementPage page, YearMonth from, YearMonth to, String district, Long provider,
                                    String area, LocalDate knownOn) {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        YearMonth end = to == null ? YearMonth.from(today) : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        return new ManagementFilter(users.current().municipalityId(), start, end, page.usesDistrict() ? district : null,
                page.usesProvider() ? provider : null, page.usesArea() ? area : null,
                knownOn == null || !page.usesKnownOn() ? today : knownOn);
    }
}

package dk.omsorg.catalog.web;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.CitizenScores;
import dk.omsorg.catalog.Eligibility;
import dk.omsorg.catalog.EligibleInterventions;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caseworker's view of the own municipality's quality standard: the catalogue in force (or
 * any version), and "what can a citizen with these scores get?". Both are plain GETs: they change
 * nothing, so a result can be bookmarked; with htmx only the result is swapped in.
 */
@Controller
class CatalogController {

    private static final Pattern SCORE = Pattern.compile("score\\[([^]]+)]");

    private final Catalogs catalogs;
    private final EligibleInterventions eligibleInterventions;
    private final FsiiiCatalog fsiii;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    CatalogController(Catalogs catalogs, EligibleInterventions eligibleInterventions, FsiiiCatalog fsiii,
                      CurrentUsers users, Messages messages, Clock clock) {
        this.messages = messages;
        this.catalogs = catalogs;
        this.eligibleInterventions = eligibleInterventions;
        this.fsiii = fsiii;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/catalog")
    @RequireCitizenAccess
    public String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int municipalityId = users.current().municipalityId();
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Catalog catalog = catalogs.inForce(municipalityId, day).orElse(null);
        model.addAttribute("on", day);
        model.addAttribute("municipalityId", municipalityId);
        model.addAttribute("versions", catalogs.versions(municipalityId));
        model.addAttribute("catalog", catalog);
        model.addAttribute("view", new CatalogView(catalog, messages));
        return htmx != null ? "catalog/show :: catalog" : "catalog/show";
    }

    /**
     * The form has a select per current FSIII state, named {@code score[<uuid>]}; {@code check}
     * marks a submitted form, whose result is shown below it (or, with htmx, swapped in alone).
     */
    @GetMapping("/catalog/eligibility")
    @RequireCitizenAccess
    public String eligibility(@RequestParam MultiValueMap<String, String> params,
                              @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int municipalityId = users.current().municipalityId();
        LocalDate day = date(params.getFirst("on"));
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            Matcher m = SCORE.matcher(name);
            if (m.matches() && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                typed.put(m.group(1), values.get(0).strip());
            }
        });
        model.addAttribute("on", day);
        model.addAttribute("selected", typed);
        model.addAttribute("abilityAreas", fsiii.currentFunctionalAbilityStates());
        model.addAttribute("scale", fsiii.scale());
        if (params.containsKey("check")) {
            Catalog catalog = catalogs.inForce(municipalityId, day).orElse(null);
            model.addAttribute("checked", true);
            model.addAttribute("catalog", catalog);
            if (catalog != null) {
                Eligibility eligibility = eligibleInterventions.forScores(municipalityId, day,
                        CitizenScores.parse(scores(typed), fsiii, "score"));
                model.addAttribute("eligibility", eligibility);
            }
        }
        return htmx != null ? "catalog/eligibility :: result" : "catalog/eligibility";
    }

    private LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("on", "catalog.date.invalid", typed);
        }
    }

    private static Map<String, Integer> scores(Map<String, String> typed) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        typed.forEach((code, value) -> {
            try {
                scores.put(code, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("score[" + code + "]", "catalog.score.notANumber", value);
            }
        });
        return scores;
    }
}

package dk.omsorg.vum.web;

import dk.omsorg.catalog.CatalogShape;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.vum.ActionPlans;
import dk.omsorg.vum.VumAssessment;
import dk.omsorg.vum.VumAssessments;
import dk.omsorg.vum.VumReference;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The VUM screens: the citizen page's VUM section (shown only where the catalogue in force is of the social shape —
 * home care assesses with FSIII), the form for a new udredning, and one udredning (a draft is corrected in
 * {@link VumDraftController}). Form errors come back (400) in Danish next to their fields, with what was typed kept.
 */
@Controller
class VumController {

    private final VumAssessments assessments;
    private final ActionPlans plans;
    private final VumReference reference;
    private final Citizens citizens;
    private final Catalogs catalogs;
    private final VumFormPage page;
    private final Clock clock;

    VumController(VumAssessments assessments, ActionPlans plans, VumReference reference, Citizens citizens,
                  Catalogs catalogs, VumFormPage page, Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.reference = reference;
        this.citizens = citizens;
        this.catalogs = catalogs;
        this.page = page;
        this.clock = clock;
    }

    /** The section the assessment section loads with htmx; empty for a municipality that does not use VUM. */
    @GetMapping("/citizens/{citizenId}/vum")
    @RequireCitizenAccess
    public String section(@PathVariable long citizenId,
                          @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Citizen citizen = citizens.accessible(citizenId);
        boolean social = catalogs.inForce(citizen.municipalityId(), LocalDate.now(clock))
                .map(c -> c.shape() == CatalogShape.SOCIAL).orElse(false);
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("social", social);
        if (social) {
            model.addAttribute("assessments", assessments.history(citizenId));
            model.addAttribute("plans", plans.ofCitizen(citizenId));
        }
        if ("true".equals(htmx)) {
            return "vum/section :: section";
        }
        model.addAttribute("citizen", citizens.read(citizenId));
        return "vum/section";
    }

    @GetMapping("/citizens/{citizenId}/vum/new")
    @RequireCaseworker
    public String newAssessment(@PathVariable long citizenId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assessedOn", LocalDate.now(clock).toString());
        return page.render(model, citizens.read(citizenId), null, values, 0, false, Map.of());
    }

    /** Saves a new udredning; "Tilføj udtalelse" ({@code addStatement}) only shows the form again with one more row. */
    @PostMapping("/citizens/{citizenId}/vum")
    @RequireCaseworker
    public String record(@PathVariable long citizenId, @RequestParam MultiValueMap<String, String> params, Model model,
                         HttpServletResponse response) {
        VumForm form = VumForm.parse(params.toSingleValueMap(), reference);
        Citizen citizen = citizens.read(citizenId);
        if (params.containsKey("addStatement")) {
            return page.render(model, citizen, null, form.values(), form.statementRows(), true, Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        page.parseErrors(form, errors);
        if (errors.isEmpty()) {
            try {
                VumAssessment saved = assessments.record(citizenId, form.draft());
                return "redirect:/vum-assessments/" + saved.id();
            } catch (InvalidInputException e) {
                page.violations(form, e, errors);
            }
        }
        response.setStatus(400);
        return page.render(model, citizen, null, form.values(), form.statementRows(), false, errors);
    }

    @GetMapping("/vum-assessments/{id}")
    @RequireCitizenAccess
    public String show(@PathVariable long id, Model model) {
        VumAssessment assessment = assessments.read(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("citizen", citizens.read(assessment.citizenId()));
        model.addAttribute("reference", reference);
        return "vum/show";
    }
}

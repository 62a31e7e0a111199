package dk.omsorg.vum.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.vum.VumAssessment;
import dk.omsorg.vum.VumAssessments;
import dk.omsorg.vum.VumReference;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Correcting a VUM draft in the browser: the same form as a new udredning, filled with what is stored and the version
 * read. Only a draft is corrected — a completed udredning is the basis of decisions, so its form is refused with the
 * Danish reason. A colleague's change since the form was read answers 409 with the form as typed and a Danish
 * message, so nothing typed is lost and nothing is overwritten.
 */
@Controller
class VumDraftController {

    private final VumAssessments assessments;
    private final VumReference reference;
    private final Citizens citizens;
    private final VumFormPage page;

    VumDraftController(VumAssessments assessments, VumReference reference, Citizens citizens, VumFormPage page) {
        this.assessments = assessments;
        this.reference = reference;
        this.citizens = citizens;
        this.page = page;
    }

    @GetMapping("/vum-assessments/{id}/edit")
    @RequireCaseworker
    public String edit(@PathVariable long id, Model model) {
        VumAssessment a = assessments.read(id);
        if (a.status() == VumAssessment.Status.COMPLETED) {
            throw new InvalidInputException("status", "vum.completed");
        }
        return page.render(model, citizens.read(a.citizenId()), id, VumForm.values(a), a.statements().size(), false,
                Map.of());
    }

    @PostMapping("/vum-assessments/{id}")
    @RequireCaseworker
    public String correct(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                          HttpServletResponse response) {
        VumAssessment stored = assessments.read(id);
        Citizen citizen = citizens.read(stored.citizenId());
        VumForm form = VumForm.parse(params.toSingleValueMap(), reference);
        if (params.containsKey("addStatement")) {
            return page.render(model, citizen, id, form.values(), form.statementRows(), true, Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        page.parseErrors(form, errors);
        Integer version = version(params.getFirst("version"));
        if (errors.isEmpty()) {
            try {
                assessments.correct(id, version, form.draft());
                return "redirect:/vum-assessments/" + id;
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(409);
                errors.put("version", page.text("error.stale"));
                return page.render(model, citizen, id, form.values(), form.statementRows(), false, errors);
            } catch (InvalidInputException e) {
                if (e.violations().stream().anyMatch(v -> "status".equals(v.field()))) {
                    throw e;   // completed meanwhile: the error page says so, there is no form to correct
                }
                page.violations(form, e, errors);
            }
        }
        response.setStatus(400);
        return page.render(model, citizen, id, form.values(), form.statementRows(), false, errors);
    }

    private static Integer version(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

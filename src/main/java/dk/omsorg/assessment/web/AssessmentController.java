package dk.omsorg.assessment.web;

import dk.omsorg.assessment.AbilityScore;
import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.AssessmentOverview;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.assessment.FsiiiArea;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.HealthConditionStatus;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The caseworker's screens: the assessment form (new and correction), one assessment, and the
 * overview fragment the citizen page loads with htmx.
 */
@Controller
class AssessmentController {

    static final String FORM = "assessmentForm";
    private static final Pattern MAP_FIELD = Pattern.compile("(abilityScores|healthConditions|expectedLevels)\\[([^]]*)](\\.note)?");

    private final Assessments assessments;
    private final FsiiiCatalog catalog;
    private final Citizens citizens;
    private final StaffDirectory staff;
    private final Messages messages;
    private final Clock clock;

    AssessmentController(Assessments assessments, FsiiiCatalog catalog, Citizens citizens, StaffDirectory staff,
                         Messages messages, Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.citizens = citizens;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/citizens/{citizenId}/assessments/new")
    @RequireCaseworker
    public String newAssessment(@PathVariable long citizenId, @RequestParam(required = false) Long inquiryId,
                                Model model) {
        model.addAttribute(FORM, AssessmentForm.blank(LocalDate.now(clock), inquiryId));
        return form(model, citizens.read(citizenId), null);
    }

    @PostMapping("/citizens/{citizenId}/assessments")
    @RequireCaseworker
    public String record(@PathVariable long citizenId, @ModelAttribute(FORM) AssessmentForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                assessments.record(citizenId, form.getInquiryId(), form.draft());
                redirect.addFlashAttribute("success", messages.text("assessment.saved"));
                return "redirect:/citizens/" + citizenId;
            } catch (InvalidInputException e) {
                reject(binding, e);
            }
        }
        return form(model, citizens.read(citizenId), null);
    }

    @GetMapping("/assessments/{id}")
    @RequireCitizenAccess
    public String show(@PathVariable long id, Model model) {
        Assessment assessment = assessments.read(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("citizen", citizens.read(assessment.citizenId()));
        model.addAttribute("abilityAreas", areas(catalog.functionalAbilityAreas(), codes(assessment), false));
        model.addAttribute("healthAreas", areas(catalog.healthAreas(), codes(assessment), false));
        model.addAttribute("scaleLabels", scaleLabels());
        model.addAttribute("names", names(Stream.of(assessment.createdBy(), assessment.modifiedBy())));
        model.addAttribute("zone", DanishTime.ZONE);
        return "assessment/show";
    }

    @GetMapping("/assessments/{id}/edit")
    @RequireCaseworker
    public String edit(@PathVariable long id, Model model) {
        Assessment assessment = assessments.read(id);
        model.addAttribute(FORM, AssessmentForm.of(assessment));
        return form(model, citizens.read(assessment.citizenId()), assessment);
    }

    @PostMapping("/assessments/{id}/edit")
    @RequireCaseworker
    public String correct(@PathVariable long id, @ModelAttribute(FORM) AssessmentForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                assessments.correct(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("success", messages.text("assessment.corrected"));
                return "redirect:/assessments/" + id;
            } catch (InvalidInputException e) {
                reject(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.stale", messages.text("error.stale"));
            }
        }
        Assessment assessment = assessments.read(id);
        return form(model, citizens.read(assessment.citizenId()), assessment);
    }

    /**
     * The citizen's assessments: latest scores beside the previous ones, the overall assessment
     * and the history. An htmx request gets the fragment the citizen page swaps in; a plain
     * request gets it as a page of its own.
     */
    @GetMapping("/citizens/{citizenId}/assessments")
    @RequireCitizenAccess
    public String overview(@PathVariable long citizenId,
                           @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        AssessmentOverview overview = assessments.overview(citizenId);
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("overview", overview);
        model.addAttribute("scaleLabels", scaleLabels());
        overview.latest().ifPresent(latest -> model.addAttribute("notedConditions",
                areas(catalog.healthAreas(), noted(latest), false)));
        model.addAttribute("names", names(overview.history().stream().map(Assessment::createdBy)));
        if ("true".equals(htmx)) {
            return "assessment/overview :: overview";
        }
        model.addAttribute("citizen", citizens.read(citizenId));
        return "assessment/overview";
    }

    private String form(Model model, Citizen citizen, Assessment editing) {
        Set<UUID> held = editing == null ? Set.of() : codes(editing);
        model.addAttribute("citizen", citizen);
        model.addAttribute("editing", editing);
        model.addAttribute("abilityAreas", areas(catalog.functionalAbilityAreas(), held, true));
        model.addAttribute("healthAreas", areas(catalog.healthAreas(), held, true));
        model.addAttribute("scale", catalog.scale());
        model.addAttribute("action", editing == null
                ? "/citizens/" + citizen.id() + "/assessments"
                : "/assessments/" + editing.id() + "/edit");
        return "assessment/form";
    }

    /**
     * The areas with the concepts to show: those in {@code codes}, plus — on a form — every
     * current one. A retired concept thus only appears where an older assessment holds it.
     */
    private static List<FsiiiArea> areas(List<FsiiiArea> all, Set<UUID> codes, boolean withCurrent) {
        return all.stream()
                .map(a -> new FsiiiArea(a.area(), a.concepts().stream()
                        .filter(c -> codes.contains(c.code()) || (withCurrent && c.current()))
                        .toList()))
                .filter(a -> !a.concepts().isEmpty())
                .toList();
    }

    private static Set<UUID> codes(Assessment assessment) {
        Set<UUID> codes = new HashSet<>();
        assessment.abilityScores().stream().map(AbilityScore::stateCode).forEach(codes::add);
        assessment.healthConditions().forEach(c -> codes.add(c.conditionCode()));
        return codes;
    }

    private static Set<UUID> noted(Assessment assessment) {
        Set<UUID> codes = new HashSet<>();
        assessment.healthConditions().stream().filter(c -> c.status() == HealthConditionStatus.NOTED)
                .forEach(c -> codes.add(c.conditionCode()));
        return codes;
    }

    private Map<Integer, String> scaleLabels() {
        Map<Integer, String> labels = new LinkedHashMap<>();
        catalog.scale().forEach(s -> labels.put(s.score(), s.label()));
        return labels;
    }

    /** Caseworkers' display names by username, for "Vurderet af". */
    private Map<String, String> names(Stream<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        usernames.distinct().forEach(u -> names.put(u, u == null ? "" :
                staff.find(u).map(StaffUser::displayName).orElse(u)));
        return names;
    }

    /** Puts each broken rule beside the form field it concerns (the API's field names differ). */
    private void reject(BindingResult binding, DomainException e) {
        for (DomainException.Violation v : e.violations()) {
            String text = messages.text(v.messageKey(), v.args());
            String field = formField(v.field());
            // with the arguments, so that the view resolves the key to the same text
            if (field == null) {
                binding.reject(v.messageKey(), v.args(), text);
            } else {
                binding.rejectValue(field, v.messageKey(), v.args(), text);
            }
        }
    }

    private static String formField(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = MAP_FIELD.matcher(field);
        if (m.matches()) {
            String name = m.group(1).equals("abilityScores") ? "score"
                    : m.group(1).equals("expectedLevels") ? "expected" : m.group(3) != null ? "note" : "condition";
            return name + "[" + m.group(2) + "]";
        }
        return field.equals("assessedOn") || field.equals("overallAssessment") ? field : null;
    }
}

package dk.omsorg.rehabilitation.web;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.provider.Providers;
import dk.omsorg.rehabilitation.Course;
import dk.omsorg.rehabilitation.CourseEvaluations;
import dk.omsorg.rehabilitation.Courses;
import dk.omsorg.rehabilitation.EvaluationKind;
import dk.omsorg.rehabilitation.PackageLevel;
import dk.omsorg.rehabilitation.Recommendation;
import dk.omsorg.rehabilitation.RehabilitationPolicies;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The staff's course page (/courses/{id}): owner, contact person, provider, package level, goals, plan, IPPA, FSIII
 * goal states, the evaluation forms and the caseworker's decisions, and notes; the list (/courses) and the citizen
 * overview's summary. A broken rule shows the page again with the Danish errors; nothing is stored then.
 */
@Controller
@RequireCitizenAccess
class CourseController {

    private final Courses courses;
    private final CourseEvaluations evaluations;
    private final RehabilitationPolicies policies;
    private final FsiiiCatalog fsiii;
    private final Providers providers;
    private final CurrentUsers users;
    private final Messages messages;

    CourseController(Courses courses, CourseEvaluations evaluations, RehabilitationPolicies policies, FsiiiCatalog fsiii,
                     Providers providers, CurrentUsers users, Messages messages) {
        this.courses = courses;
        this.evaluations = evaluations;
        this.policies = policies;
        this.fsiii = fsiii;
        this.providers = providers;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/courses")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) PackageLevel level,
                @RequestParam(required = false) Long providerId, @RequestParam(required = false) Long citizen, Model model) {
        Boolean closed = "CLOSED".equals(status) ? Boolean.TRUE : "RUNNING".equals(status) ? Boolean.FALSE : null;
        List<Course> list = citizen != null ? courses.forCitizen(citizen) : courses.list(closed, level, providerId);
        model.addAttribute("courses", list);
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("providerId", providerId);
        model.addAttribute("levels", PackageLevel.values());
        model.addAttribute("providers", providers.inMunicipality(users.current().municipalityId()));
        return "rehabilitation/list";
    }

    /** The evaluation task's link: the course of a course grant. */
    @GetMapping("/courses/grant/{grantKey}")
    String byGrant(@PathVariable String grantKey, @RequestParam(required = false) String evaluation) {
        UUID key;
        try {
            key = UUID.fromString(grantKey);
        } catch (IllegalArgumentException e) {
            throw new dk.omsorg.shared.NotFoundException("rehabilitation.course.notFound");
        }
        return "redirect:/courses/" + courses.idOf(key) + (evaluation == null || !evaluation.matches("MIDWAY|FINAL") ? ""
                : "?evaluation=" + evaluation + "#evaluation-" + evaluation);
    }

    @GetMapping("/citizens/{citizenId}/courses/summary")
    String summary(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("courses", courses.forCitizen(citizenId));
        return "rehabilitation/summary :: summary";
    }

    @GetMapping("/courses/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) EvaluationKind evaluation, Model model) {
        return page(courses.read(id), evaluation, model, List.of());
    }

    @PostMapping("/courses/{id}/owner")
    String owner(@PathVariable long id, @RequestParam(required = false) Integer version,
                 @RequestParam(required = false) String ownerUser, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.assignOwner(id, version, ownerUser));
    }

    @PostMapping("/courses/{id}/contact")
    String contact(@PathVariable long id, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) String contactPerson, @RequestParam(required = false) String contactPhone,
                   Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.setContact(id, version, contactPerson, contactPhone));
    }

    @PostMapping("/courses/{id}/ippa")
    String ippa(@PathVariable long id, @ModelAttribute CourseForms.IppaForm form, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.recordIppa(id, form.getVersion(), form.inputs()));
    }

    @PostMapping("/courses/{id}/goals")
    String goal(@PathVariable long id, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) UUID stateCode, @RequestParam(required = false) Integer startState,
                Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.addGoal(id, version, stateCode, startState));
    }

    @PostMapping("/courses/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.addNote(id, text));
    }

    @PostMapping("/courses/{id}/evaluations/{kind}")
    String evaluate(@PathVariable long id, @PathVariable EvaluationKind kind, @ModelAttribute CourseForms.EvaluationForm form,
                    Model model, HttpServletResponse response) {
        return act(id, model, response, () -> evaluations.fill(id, kind, form.form()));
    }

    @PostMapping("/courses/{id}/evaluations/{evaluationId}/decision")
    String decide(@PathVariable long id, @PathVariable long evaluationId, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) Recommendation decision,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(required = false) String decisionNote, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> evaluations.decide(id, evaluationId, version, decision, day, decisionNote));
    }

    private String act(long id, Model model, HttpServletResponse response, Supplier<Course> change) {
        try {
            change.get();
            return "redirect:/courses/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(courses.read(id), null, model,
                    e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
    }

    private String page(Course course, EvaluationKind open, Model model, List<String> errors) {
        model.addAttribute("course", course);
        model.addAttribute("provider", false);
        model.addAttribute("canEvaluate", true);
        model.addAttribute("open", open);
        model.addAttribute("errors", errors);
        model.addAttribute("evaluationKinds", EvaluationKind.values());
        model.addAttribute("recommendations", Recommendation.values());
        int rows = policies.on(course.municipalityId(), course.start()).map(v -> v.ippa().maxProblems()).orElse(7);
        model.addAttribute("ippaForm", CourseForms.IppaForm.of(course, rows));
        model.addAttribute("ippaBounds", policies.on(course.municipalityId(), course.start()).map(v -> v.ippa()).orElse(null));
        model.addAttribute("states", fsiii.currentFunctionalAbilityStates());
        return "rehabilitation/course";
    }
}

package dk.omsorg.rehabilitation.web;

import dk.omsorg.rehabilitation.Course;
import dk.omsorg.rehabilitation.CourseEvaluations;
import dk.omsorg.rehabilitation.Courses;
import dk.omsorg.rehabilitation.EvaluationKind;
import dk.omsorg.rehabilitation.Recommendation;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.function.Supplier;

/**
 * The provider's courses (/provider/courses): only the courses it delivers; it enters its contact person, writes
 * notes and — where the municipality lets the provider evaluate — fills the evaluation forms.
 */
@Controller
@RequireProvider
class ProviderCourseController {

    private final Courses courses;
    private final CourseEvaluations evaluations;
    private final Messages messages;

    ProviderCourseController(Courses courses, CourseEvaluations evaluations, Messages messages) {
        this.courses = courses;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/provider/courses")
    String list(Model model) {
        model.addAttribute("courses", courses.providerCourses());
        return "rehabilitation/provider-list";
    }

    @GetMapping("/provider/courses/{id}")
    String show(@PathVariable long id, Model model) {
        return page(courses.readAsProvider(id), model, List.of());
    }

    @PostMapping("/provider/courses/{id}/contact")
    String contact(@PathVariable long id, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) String contactPerson, @RequestParam(required = false) String contactPhone,
                   Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.setContactAsProvider(id, version, contactPerson, contactPhone));
    }

    @PostMapping("/provider/courses/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> courses.addNoteAsProvider(id, text));
    }

    @PostMapping("/provider/courses/{id}/evaluations/{kind}")
    String evaluate(@PathVariable long id, @PathVariable EvaluationKind kind, @ModelAttribute CourseForms.EvaluationForm form,
                    Model model, HttpServletResponse response) {
        return act(id, model, response, () -> evaluations.fillAsProvider(id, kind, form.form()));
    }

    private String act(long id, Model model, HttpServletResponse response, Supplier<Course> change) {
        try {
            change.get();
            return "redirect:/provider/courses/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(courses.readAsProvider(id), model,
                    e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
    }

    private String page(Course course, Model model, List<String> errors) {
        model.addAttribute("course", course);
        model.addAttribute("provider", true);
        model.addAttribute("canEvaluate", evaluations.providerEvaluates(course));
        model.addAttribute("open", null);
        model.addAttribute("errors", errors);
        model.addAttribute("evaluationKinds", EvaluationKind.values());
        model.addAttribute("recommendations", Recommendation.values());
        return "rehabilitation/course";
    }
}

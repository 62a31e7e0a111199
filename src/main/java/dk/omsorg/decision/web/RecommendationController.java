package dk.omsorg.decision.web;

import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Recommendation;
import dk.omsorg.decision.Recommendations;
import dk.omsorg.decision.RequireApproving;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The recommendation page (indstilling): what the caseworker recommended, to whom, and — for the leader — the forms
 * to approve it (it becomes the decision, with its letter) or return it with a reason.
 */
@Controller
class RecommendationController {

    private final Recommendations recommendations;
    private final Citizens citizens;
    private final StaffDirectory staff;
    private final Messages messages;
    private final Catalogs catalogs;

    RecommendationController(Recommendations recommendations, Citizens citizens, StaffDirectory staff, Messages messages,
                             Catalogs catalogs) {
        this.catalogs = catalogs;
        this.recommendations = recommendations;
        this.citizens = citizens;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/recommendations/{id}")
    @RequireCitizenAccess
    String show(@PathVariable long id, Model model) {
        Recommendation r = recommendations.read(id);
        model.addAttribute("recommendation", r);
        model.addAttribute("citizen", citizens.read(r.citizenId()));
        model.addAttribute("grants", r.draft().grants().stream().map(g -> new GrantLine(
                catalogs.inForce(r.municipalityId(), g.start() == null ? r.recommendedAt().atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate() : g.start())
                        .flatMap(c -> c.intervention(g.interventionCode())).map(Intervention::name)
                        .orElse(g.interventionCode()), g)).toList());
        model.addAttribute("recommendedBy", name(r.recommendedBy()));
        model.addAttribute("handledBy", r.handledBy() == null ? null : name(r.handledBy()));
        model.addAttribute("decider", r.required().level() == DecisionAuthority.Level.COMMITTEE
                ? r.required().committee() : messages.text("decision.recommendation.leader"));
        return "decision/recommendation";
    }

    @PostMapping("/recommendations/{id}/approve")
    @RequireApproving
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            Decision decision = recommendations.approve(id, version);
            redirect.addFlashAttribute("success", messages.text("decision.recommendation.approved"));
            return "redirect:/decisions/" + decision.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", List.of(messages.text("error.stale")));
        }
        return "redirect:/recommendations/" + id;
    }

    @PostMapping("/recommendations/{id}/return")
    @RequireApproving
    String returnIt(@PathVariable long id, @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            recommendations.returnToCaseworker(id, version, reason);
            redirect.addFlashAttribute("success", messages.text("decision.recommendation.returned"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
            redirect.addFlashAttribute("reason", reason);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", List.of(messages.text("error.stale")));
        }
        return "redirect:/recommendations/" + id;
    }

    /** A recommended grant with its intervention's name from the catalogue. */
    record GrantLine(String name, GrantInput input) {
    }

    private List<String> texts(DomainException e) {
        return e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList();
    }

    private String name(String username) {
        return staff.find(username).map(StaffUser::displayName).orElse(username);
    }
}

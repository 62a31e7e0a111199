package dk.omsorg.followup.web;

import dk.omsorg.followup.FollowUp;
import dk.omsorg.followup.FollowUpResult;
import dk.omsorg.followup.FollowUps;
import dk.omsorg.security.PersonNames;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up screens: the caseworker's queue (a coordinator or leader chooses whose), one follow-up with the
 * completion form and the caseworker's interval, and the citizen page's section (htmx).
 */
@Controller
class FollowUpController {

    private final FollowUps followUps;
    private final Messages messages;
    private final PersonNames people;

    FollowUpController(FollowUps followUps, Messages messages, PersonNames people) {
        this.people = people;
        this.followUps = followUps;
        this.messages = messages;
    }

    @GetMapping("/follow-ups")
    @RequireCitizenAccess
    String queue(@RequestParam(required = false) String caseworker, @RequestParam(defaultValue = "false") boolean all,
                 Model model) {
        model.addAttribute("queue", followUps.queue(caseworker, all));
        model.addAttribute("caseworkers", followUps.caseworkers());
        model.addAttribute("today", followUps.today());
        return "followup/queue";
    }

    @GetMapping("/follow-ups/{id}")
    @RequireCitizenAccess
    String show(@PathVariable long id, Model model) {
        model.addAttribute("followUp", followUps.read(id));
        model.addAttribute("results", FollowUpResult.values());
        model.addAttribute("caseworkers", followUps.caseworkers());
        model.addAttribute("today", followUps.today());
        return "followup/show";
    }

    @PostMapping("/follow-ups/{id}/complete")
    @RequireCaseworker
    String complete(@PathVariable long id, @RequestParam(required = false) String result,
                    @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
                    RedirectAttributes redirect) {
        FollowUps.Completion done = followUps.complete(id, result, note, version);
        FollowUp next = done.next();
        redirect.addFlashAttribute("success", next == null
                ? messages.text("followUp.completed", done.completed().result().danishName())
                : messages.text("followUp.completedNext", done.completed().result().danishName(),
                dk.omsorg.catalog.DanishText.date(next.dueOn())));
        return "redirect:/follow-ups";
    }

    @PostMapping("/follow-ups/{id}/interval")
    @RequireCaseworker
    String interval(@PathVariable long id, @RequestParam(required = false) Integer months,
                    @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        FollowUp saved = followUps.setInterval(id, months, version);
        redirect.addFlashAttribute("success", messages.text("followUp.intervalSaved", saved.intervalMonths(),
                dk.omsorg.catalog.DanishText.date(saved.dueOn())));
        return "redirect:/follow-ups/" + id;
    }

    @PostMapping("/follow-ups/{id}/caseworker")
    @RequireQueueManagement
    String reassign(@PathVariable long id, @RequestParam(required = false) String caseworker,
                    @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        FollowUp saved = followUps.reassign(id, caseworker, version);
        redirect.addFlashAttribute("success", messages.text("followUp.reassigned", people.name(saved.caseworker())));
        return "redirect:/follow-ups/" + id;
    }

    /** The citizen's follow-ups as a page of its own. */
    @GetMapping("/citizens/{citizenId}/follow-ups")
    @RequireCitizenAccess
    String citizen(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("followUps", followUps.forCitizen(citizenId));
        model.addAttribute("today", followUps.today());
        return "followup/citizen";
    }

    /** The citizen page loads this fragment (hx-get). */
    @HxRequest
    @GetMapping("/citizens/{citizenId}/follow-ups")
    @RequireCitizenAccess
    String citizenSection(@PathVariable long citizenId, Model model) {
        citizen(citizenId, model);
        return "followup/citizen :: followUps";
    }
}

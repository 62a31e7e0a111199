package dk.omsorg.delivery.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.delivery.Absence;
import dk.omsorg.delivery.Absences;
import dk.omsorg.delivery.ReassessmentFlag;
import dk.omsorg.delivery.ReassessmentFlags;
import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The caseworker's reassessment screens: the flags (mine or the municipality's), a flag with its evidence and the
 * three resolutions, the scan on demand, and a citizen's absences.
 */
@Controller
class ReassessmentController {

    private final ReassessmentFlags flags;
    private final ReassessmentScan scan;
    private final Absences absences;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    ReassessmentController(ReassessmentFlags flags, ReassessmentScan scan, Absences absences, Citizens citizens,
                           CurrentUsers users, Messages messages, Clock clock) {
        this.flags = flags;
        this.scan = scan;
        this.absences = absences;
        this.citizens = citizens;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reassessment")
    @RequireCitizenAccess
    String queue(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean resolved,
                 Model model) {
        model.addAttribute("flags", flags.queue(all ? null : users.current().username(), !resolved));
        model.addAttribute("all", all);
        model.addAttribute("resolved", resolved);
        return "delivery/flags";
    }

    @PostMapping("/reassessment/scan")
    @PreAuthorize("hasAnyRole('CASEWORKER','LEADER')")
    String scan(RedirectAttributes redirect) {
        ReassessmentScan.ScanResult result = scan.scan(today(), users.current().municipalityId(),
                ReassessmentScan.Trigger.ON_DEMAND, users.current().username());
        redirect.addFlashAttribute("success", messages.text("reassessment.scan.done", result.grantsCompared(),
                result.flagsRaised(), result.flagsUpdated()));
        return "redirect:/reassessment?all=true";
    }

    @GetMapping("/reassessment/{id}")
    @RequireCitizenAccess
    String flag(@PathVariable long id, Model model) {
        ReassessmentFlag flag = flags.read(id);
        model.addAttribute("flag", flag);
        model.addAttribute("weeks", flags.evidence(flag));
        model.addAttribute("today", today());
        return "delivery/flag";
    }

    @PostMapping("/reassessment/{id}/adjust")
    @RequireCaseworker
    String adjust(@PathVariable long id, @RequestParam Integer version,
                  @RequestParam(required = false) Integer minutesPerDelivery, @RequestParam(required = false) Integer times,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                  @RequestParam(required = false) String reasoning,
                  @RequestParam(defaultValue = "false") boolean minorAdjustment,
                  @RequestParam(required = false) String overrideReason, Model model, RedirectAttributes redirect) {
        return resolve(id, model, redirect, "reassessment.adjusted", () -> flags.adjust(id, new ReassessmentFlags.Adjustment(
                version, times, minutesPerDelivery, effectiveFrom, reasoning, minorAdjustment,
                overrideReason == null || overrideReason.isBlank() ? null : overrideReason)));
    }

    @PostMapping("/reassessment/{id}/keep")
    @RequireCaseworker
    String keep(@PathVariable long id, @RequestParam Integer version, @RequestParam(required = false) String reason,
                Model model, RedirectAttributes redirect) {
        return resolve(id, model, redirect, "reassessment.kept", () -> flags.keep(id, version, reason));
    }

    @PostMapping("/reassessment/{id}/visit")
    @RequireCaseworker
    String visit(@PathVariable long id, @RequestParam Integer version,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
                 @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return resolve(id, model, redirect, "reassessment.visitPlanned", () -> flags.planVisit(id, version, visitOn, note));
    }

    private String resolve(long id, Model model, RedirectAttributes redirect, String success,
                           Supplier<ReassessmentFlag> resolution) {
        try {
            ReassessmentFlag done = resolution.get();
            redirect.addFlashAttribute("success", messages.text(success));
            return "redirect:/reassessment/" + done.id();
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", List.of(messages.text("error.stale")));
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return flag(id, model);
    }

    @GetMapping("/citizens/{citizenId}/reassessment")
    @RequireCitizenAccess
    String citizenSection(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("flags", flags.forCitizen(citizenId));
        model.addAttribute("absences", absences.forCitizen(citizenId).stream().filter(a -> !a.cancelled()).toList());
        return "delivery/citizen-section :: section";
    }

    @GetMapping("/citizens/{citizenId}/absences")
    @RequireCitizenAccess
    String absences(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizen", citizens.read(citizenId));
        model.addAttribute("absences", absences.forCitizen(citizenId));
        model.addAttribute("kinds", Absence.Kind.registrable());
        return "delivery/absences";
    }

    @PostMapping("/citizens/{citizenId}/absences")
    @RequireCitizenAccess
    String registerAbsence(@PathVariable long citizenId, @RequestParam(required = false) Absence.Kind kind,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return absenceChange(citizenId, model, redirect, () -> absences.register(citizenId, new Absences.NewAbsence(kind, from, to, note)));
    }

    @PostMapping("/citizens/{citizenId}/absences/{id}/end")
    @RequireCitizenAccess
    String endAbsence(@PathVariable long citizenId, @PathVariable long id, @RequestParam Integer version,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model, RedirectAttributes redirect) {
        return absenceChange(citizenId, model, redirect, () -> absences.end(citizenId, id, version, to));
    }

    @PostMapping("/citizens/{citizenId}/absences/{id}/cancel")
    @RequireCitizenAccess
    String cancelAbsence(@PathVariable long citizenId, @PathVariable long id, @RequestParam Integer version,
                         Model model, RedirectAttributes redirect) {
        return absenceChange(citizenId, model, redirect, () -> absences.cancel(citizenId, id, version));
    }

    private String absenceChange(long citizenId, Model model, RedirectAttributes redirect, Supplier<Absence> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", messages.text("absence.saved"));
            return "redirect:/citizens/" + citizenId + "/absences";
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", List.of(messages.text("error.stale")));
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return absences(citizenId, model);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }
}

package dk.omsorg.decision.web;

import dk.omsorg.assessment.Assessments;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionCheck;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.LetterChannel;
import dk.omsorg.decision.Recommendations;
import dk.omsorg.decision.RequireDeciding;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Letter;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.catalog.Area;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.provider.ChoosingProvider;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.provider.ProviderOptions;
import dk.omsorg.provider.Providers;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caseworker's decision screens: compose (from the citizen or an inquiry), check against the
 * quality standard with htmx, save, the decision page with its letter, change into a new version,
 * and the citizen page's "Afgørelser og bevillinger" section.
 */
@Controller
class DecisionController {

    static final String FORM = "decisionForm";
    private static final int GRANT_ROWS = 3;
    private static final int REFUSAL_ROWS = 1;

    private final Decisions decisions;
    private final Citizens citizens;
    private final Inquiries inquiries;
    private final Assessments assessments;
    private final Catalogs catalogs;
    private final StaffDirectory staff;
    private final Messages messages;
    private final ChoosingProvider choosingProvider;
    private final Providers providers;
    private final Recommendations recommendations;

    DecisionController(Decisions decisions, Citizens citizens, Inquiries inquiries, Assessments assessments,
                       Catalogs catalogs, StaffDirectory staff, Messages messages, ChoosingProvider choosingProvider,
                       Providers providers, Recommendations recommendations) {
        this.recommendations = recommendations;
        this.choosingProvider = choosingProvider;
        this.providers = providers;
        this.decisions = decisions;
        this.citizens = citizens;
        this.inquiries = inquiries;
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.staff = staff;
        this.messages = messages;
    }

    /**
     * The citizen's decisions, current grants and weekly granted time. An htmx request gets the
     * fragment the citizen page swaps in; a plain request gets it as a page of its own.
     */
    @GetMapping("/citizens/{citizenId}/decisions")
    @RequireCitizenAccess
    String forCitizen(@PathVariable long citizenId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        List<Decision> all = decisions.forCitizen(citizenId);
        List<Grant> current = Decisions.currentGrants(all, decisions.today());
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("decisions", all);
        model.addAttribute("currentGrants", current);
        model.addAttribute("weekly", WeeklyTime.of(current));
        if ("true".equals(htmx)) {
            return "decision/citizen :: decisions";
        }
        model.addAttribute("citizen", citizens.read(citizenId));
        return "decision/citizen";
    }

    @GetMapping("/citizens/{citizenId}/decisions/new")
    @RequireDeciding
    String compose(@PathVariable long citizenId, @RequestParam(required = false) Long inquiryId, Model model) {
        Citizen citizen = citizens.read(citizenId);
        Inquiry inquiry = inquiryId == null ? null : inquiries.read(inquiryId);
        DecisionForm form = DecisionForm.blank(inquiryId, inquiry == null ? null : inquiry.request());
        model.addAttribute(FORM, form);
        return composePage(model, citizen, inquiry, null, form);
    }

    /** The check, swapped into the compose page by htmx. Stores nothing. */
    @PostMapping("/citizens/{citizenId}/decisions/check")
    @RequireDeciding
    String check(@PathVariable long citizenId, @ModelAttribute(FORM) DecisionForm form, Model model) {
        form.compact();
        try {
            model.addAttribute("check", decisions.check(citizenId, form.grantInputs()));
        } catch (InvalidInputException e) {
            errors(model, e);
        }
        return "decision/check :: check";
    }

    @PostMapping("/citizens/{citizenId}/decisions")
    @RequireDeciding
    String make(@PathVariable long citizenId, @ModelAttribute(FORM) DecisionForm form, Model model,
                @RequestParam(required = false) String letterChannel, RedirectAttributes redirect) {
        form.compact();
        model.addAttribute("letterChannel", letterChannel == null ? "DIGITAL" : letterChannel);
        try {
            DecisionDraft draft = form.draft().withLetterChannel(LetterChannel.parse(letterChannel, "letterChannel"));
            // above the user's authority the decision is saved as a recommendation for approval
            Recommendations.Outcome outcome = recommendations.decide(citizenId, draft);
            if (outcome instanceof Recommendations.Outcome.Recommended r) {
                redirect.addFlashAttribute("success", messages.text("decision.recommendation.saved"));
                return "redirect:/recommendations/" + r.recommendation().id();
            }
            Decision decision = ((Recommendations.Outcome.Decided) outcome).decision();
            redirect.addFlashAttribute("success", messages.text("decision.saved"));
            return "redirect:/decisions/" + decision.id();
        } catch (InvalidInputException e) {
            errors(model, e);
            checkQuietly(model, () -> decisions.check(citizenId, form.grantInputs()));
        }
        Citizen citizen = citizens.read(citizenId);
        Inquiry inquiry = form.getInquiryId() == null ? null : inquiries.read(form.getInquiryId());
        return composePage(model, citizen, inquiry, null, form);
    }

    /**
     * The provider choice of one grant row, swapped in by htmx when the row's intervention or start changes:
     * the providers approved for the intervention's area in the citizen's district on the start day.
     */
    @GetMapping("/citizens/{citizenId}/decisions/provider-options")
    @RequireDeciding
    String providerOptions(@PathVariable long citizenId, @RequestParam int row,
                           @RequestParam Map<String, String> params, Model model) {
        Citizen citizen = citizens.accessible(citizenId);
        String at = "grants[" + row + "].";
        DecisionForm.GrantRow grant = new DecisionForm.GrantRow();
        grant.setInterventionCode(params.get(at + "interventionCode"));
        grant.setStart(params.get(at + "start"));
        grant.setProvider(params.get(at + "provider"));
        grant.setProviderKind(params.get(at + "providerKind"));
        grant.setSelectionReason(params.get(at + "selectionReason"));
        model.addAttribute("citizen", citizen);
        model.addAttribute("i", row);
        model.addAttribute("row", grant);
        model.addAttribute("choice", providerChoice(citizen, grant, null));
        return "decision/provider :: choice";
    }

    /** What the provider part of a grant row shows. */
    private ProviderChoiceView providerChoice(Citizen citizen, DecisionForm.GrantRow row, Decision changing) {
        UUID key = null;
        try {
            key = row.getGrantKey() == null || row.getGrantKey().isBlank() ? null : UUID.fromString(row.getGrantKey());
        } catch (IllegalArgumentException ignored) {
            // not a grant of the decision: the rules say so
        }
        Grant existing = changing == null || key == null ? null : changing.grant(key).orElse(null);
        if (existing != null && existing.provider() != null) {
            Provider delivering = providers.deliveringGrant(key, decisions.today()).orElse(null);
            return new ProviderChoiceView(null, delivering, existing.provider().kind(), List.of());
        }
        LocalDate start = row.startDate();
        if (row.getInterventionCode() == null || row.getInterventionCode().isBlank() || start == null) {
            return new ProviderChoiceView(null, null, null, List.of());
        }
        Catalog catalog = catalogs.inForce(citizen.municipalityId(), start).orElse(null);
        Area area = catalog == null ? null : catalog.areaOf(row.getInterventionCode()).orElse(null);
        if (area == null) {
            return new ProviderChoiceView(null, null, null, List.of());
        }
        ProviderOptions options = choosingProvider.options(citizen, area, start);
        List<Provider> others = new ArrayList<>();
        ProviderChoice typed = row.providerChoice();
        if (typed != null && typed.providerId() != null && options.providers().stream().noneMatch(p -> p.id() == typed.providerId())) {
            // keep what was chosen visible, so its error can be read beside it
            try {
                others.add(providers.get(typed.providerId()));
            } catch (dk.omsorg.shared.NotFoundException ignored) {
                // an unknown id: the rules say so
            }
        }
        return new ProviderChoiceView(options, null, null, others);
    }

    /**
     * @param options    the approved providers, or null when no intervention and start are chosen yet
     * @param locked     the provider an existing grant keeps (switches go through the citizen page)
     * @param others     providers posted back that are not among the options
     */
    record ProviderChoiceView(ProviderOptions options, Provider locked, ProviderChoiceKind lockedKind,
                              List<Provider> others) {
    }

    @GetMapping("/decisions/{id}")
    @RequireCitizenAccess
    String show(@PathVariable long id, Model model) {
        Decision decision = decisions.read(id);
        model.addAttribute("decision", decision);
        model.addAttribute("citizen", citizens.read(decision.citizenId()));
        Map<UUID, Provider> deliveredBy = new java.util.HashMap<>();
        LocalDate today = decisions.today();
        decision.grants().forEach(g -> providers.deliveringGrant(g.grantKey(), g.start().isAfter(today) ? g.start() : today)
                .ifPresent(p -> deliveredBy.put(g.grantKey(), p)));
        model.addAttribute("deliveredBy", deliveredBy);
        model.addAttribute("decidedBy", staff.find(decision.createdBy()).map(StaffUser::displayName)
                .orElse(decision.createdBy()));
        var details = recommendations.details(id);
        model.addAttribute("details", details);
        model.addAttribute("recommendedBy", details.recommendedBy() == null ? null
                : staff.find(details.recommendedBy()).map(StaffUser::displayName).orElse(details.recommendedBy()));
        return "decision/show";
    }

    /** The stored letter: opened in the browser (inline), or saved as a file with {@code ?download=true}. */
    @GetMapping("/decisions/{id}/letter")
    @RequireCitizenAccess
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download) {
        Letter letter = decisions.letter(id);
        ContentDisposition.Builder disposition = download ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(letter.fileName()).build().toString())
                .body(letter.content());
    }

    @GetMapping("/decisions/{id}/change")
    @RequireCaseworker
    String changeForm(@PathVariable long id, @RequestParam(required = false) Long afterComplaintId, Model model) {
        Decision decision = decisions.read(id);
        DecisionForm form = DecisionForm.of(decision);
        form.setAfterComplaintId(afterComplaintId);
        model.addAttribute(FORM, form);
        return composePage(model, citizens.read(decision.citizenId()), null, decision, form);
    }

    @PostMapping("/decisions/{id}/check")
    @RequireCaseworker
    String checkChange(@PathVariable long id, @ModelAttribute(FORM) DecisionForm form, Model model) {
        form.compact();
        try {
            model.addAttribute("check", decisions.checkChange(id, form.grantInputs()));
        } catch (InvalidInputException e) {
            errors(model, e);
        }
        return "decision/check :: check";
    }

    @PostMapping("/decisions/{id}/changes")
    @RequireCaseworker
    String change(@PathVariable long id, @ModelAttribute(FORM) DecisionForm form, Model model,
                  RedirectAttributes redirect) {
        form.compact();
        try {
            Recommendations.Outcome outcome = recommendations.change(id, form.change());
            if (outcome instanceof Recommendations.Outcome.Recommended r) { // above the user's authority
                redirect.addFlashAttribute("success", messages.text("decision.recommendation.saved"));
                return "redirect:/recommendations/" + r.recommendation().id();
            }
            Decision next = ((Recommendations.Outcome.Decided) outcome).decision();
            redirect.addFlashAttribute("success", messages.text(next.minorAdjustment() ? "decision.adjusted" : "decision.changed",
                    next.versionNo()));
            return "redirect:/decisions/" + next.id();
        } catch (InvalidInputException e) {
            errors(model, e);
            checkQuietly(model, () -> decisions.checkChange(id, form.grantInputs()));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", List.of(messages.text("error.stale")));
            model.addAttribute("fieldErrors", Map.of());
        } catch (DomainException e) {
            errors(model, e);
        }
        Decision decision = decisions.read(id);
        return composePage(model, citizens.read(decision.citizenId()), null, decision, form);
    }

    private String composePage(Model model, Citizen citizen, Inquiry inquiry, Decision changing, DecisionForm form) {
        LocalDate today = decisions.today();
        form.padRows(changing == null ? GRANT_ROWS : form.getGrants().size() + 1, changing == null ? REFUSAL_ROWS : 0, today);
        Catalog catalog = catalogs.inForce(citizen.municipalityId(), today).orElse(null);
        model.addAttribute("citizen", citizen);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("changing", changing);
        model.addAttribute("catalog", catalog);
        model.addAttribute("latestAssessment", assessments.overview(citizen.id()).latest().orElse(null));
        model.addAttribute("action", changing == null ? "/citizens/" + citizen.id() + "/decisions"
                : "/decisions/" + changing.id() + "/changes");
        model.addAttribute("checkAction", changing == null ? "/citizens/" + citizen.id() + "/decisions/check"
                : "/decisions/" + changing.id() + "/check");
        model.addAttribute("shifts", dk.omsorg.catalog.Shift.values());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> fieldErrors = (Map<String, String>) model.getAttribute("fieldErrors");
        model.addAttribute("grantErrors", rowErrors(fieldErrors, "grants"));
        List<ProviderChoiceView> choices = new ArrayList<>();
        for (DecisionForm.GrantRow row : form.getGrants()) {
            choices.add(providerChoice(citizen, row, changing));
        }
        model.addAttribute("providerChoices", choices);
        model.addAttribute("placeProviders", providers.inMunicipality(citizen.municipalityId()));
        model.addAttribute("refusalErrors", rowErrors(fieldErrors, "refusals"));
        return "decision/form";
    }

    /** The broken rules: all of them in a list, and each beside its field. */
    private void errors(Model model, DomainException e) {
        List<String> all = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (DomainException.Violation v : e.violations()) {
            String text = messages.text(v.messageKey(), v.args());
            all.add(text);
            if (v.field() != null) {
                byField.merge(v.field(), text, (a, b) -> a + " " + b);
            }
        }
        model.addAttribute("errors", all);
        model.addAttribute("fieldErrors", byField);
    }

    /** The messages about each row, by row: {@code grants[2].times} → row 2. */
    private static Map<Integer, List<String>> rowErrors(Map<String, String> fieldErrors, String list) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(list + "\\[(\\d+)].*");
        fieldErrors.forEach((field, text) -> {
            java.util.regex.Matcher m = row.matcher(field);
            if (m.matches()) {
                rows.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new ArrayList<>()).add(text);
            }
        });
        return rows;
    }

    /** Shows the findings beside the errors when the grants themselves can be checked. */
    private static void checkQuietly(Model model, java.util.function.Supplier<DecisionCheck> check) {
        try {
            model.addAttribute("check", check.get());
        } catch (DomainException ignored) {
            // the errors already say what to correct
        }
    }
}

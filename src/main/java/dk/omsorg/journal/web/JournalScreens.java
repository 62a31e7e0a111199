package dk.omsorg.journal.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.journal.JournalNote;
import dk.omsorg.journal.JournalPage;
import dk.omsorg.journal.JournalQuery;
import dk.omsorg.journal.NoteDraft;
import dk.omsorg.journal.NoteLink;
import dk.omsorg.journal.internal.LinkTargets;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal screens of both sides, the authority's and a provider's: one template ({@code journal/notes}) as a
 * page of its own or as the section the citizen page loads (htmx). A form with errors is shown again with the
 * Danish text beside each field and what was typed; nothing is stored.
 */
@Component
class JournalScreens {

    static final String PAGE = "journal/notes";
    static final String FRAGMENT = "journal/notes :: journal";

    private final Messages messages;

    JournalScreens(Messages messages) {
        this.messages = messages;
    }

    /** What differs between the two sides. */
    interface Side {
        /** The URL of the section; the full page is this + "/page". */
        String base(long citizenId);

        boolean provider();

        Citizen citizen(long citizenId);

        JournalPage search(long citizenId, JournalQuery query);

        JournalNote note(long citizenId, long noteId);

        JournalNote write(long citizenId, NoteDraft draft);

        JournalNote change(long citizenId, long noteId, String heading, String text, Integer version);

        List<LinkTargets.Target> linkTargets(long citizenId);

        LocalDate today();
    }

    /** The form to write a note, as typed. */
    record Form(String heading, String text, String link, boolean shared, Long correctsNoteId) {
        static Form empty(Long corrects) {
            return new Form("", "", "", false, corrects);
        }
    }

    String show(Side side, long citizenId, JournalQuery query, Long corrects, boolean fragment, Model model) {
        return render(side, citizenId, query, Form.empty(corrects), Map.of(), null, fragment, model);
    }

    String write(Side side, long citizenId, Form form, boolean fragment, Model model, HttpServletResponse response) {
        try {
            JournalNote note = side.write(citizenId, new NoteDraft(form.heading(), form.text(), link(form.link()),
                    form.shared(), form.correctsNoteId()));
            if (!fragment) {
                return "redirect:" + side.base(citizenId) + "/page#note-" + note.id();
            }
            return render(side, citizenId, JournalQuery.all(), Form.empty(null), Map.of(),
                    messages.text("journal.written"), true, model);
        } catch (InvalidInputException e) {
            // htmx swaps only a 2xx answer; a page of its own says 400
            response.setStatus(fragment ? 200 : 400);
            return render(side, citizenId, JournalQuery.all(), form, errors(e), null, fragment, model);
        }
    }

    String change(Side side, long citizenId, long noteId, String heading, String text, Integer version, boolean fragment,
                  Model model) {
        side.change(citizenId, noteId, heading, text, version);
        if (!fragment) {
            return "redirect:" + side.base(citizenId) + "/page#note-" + noteId;
        }
        return render(side, citizenId, JournalQuery.all(), Form.empty(null), Map.of(), messages.text("journal.changed"),
                true, model);
    }

    private String render(Side side, long citizenId, JournalQuery query, Form form, Map<String, String> errors,
                          String success, boolean fragment, Model model) {
        model.addAttribute("citizen", side.citizen(citizenId));
        model.addAttribute("base", side.base(citizenId));
        model.addAttribute("providerSide", side.provider());
        model.addAttribute("journal", side.search(citizenId, query));
        model.addAttribute("form", form);
        model.addAttribute("corrects", form.correctsNoteId() == null ? null : side.note(citizenId, form.correctsNoteId()));
        model.addAttribute("linkTargets", side.provider() ? List.of() : side.linkTargets(citizenId));
        model.addAttribute("errors", errors);
        model.addAttribute("success", success);
        model.addAttribute("today", side.today());
        return fragment ? FRAGMENT : PAGE;
    }

    private Map<String, String> errors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (DomainException.Violation v : e.violations()) {
            errors.putIfAbsent(v.field() == null ? "form" : v.field(), messages.text(v.messageKey(), v.args()));
        }
        return errors;
    }

    /** "INQUIRY:12" or "GRANT:<uuid>" from the form's select; empty for none. */
    private static NoteLink link(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split(":", 2);
        try {
            NoteLink.Kind kind = NoteLink.Kind.valueOf(parts[0]);
            return kind == NoteLink.Kind.GRANT ? NoteLink.toGrant(UUID.fromString(parts[1]))
                    : NoteLink.to(kind, Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("link", "journal.link.invalid");
        }
    }
}

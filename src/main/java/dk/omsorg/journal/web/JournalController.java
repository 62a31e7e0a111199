package dk.omsorg.journal.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.journal.Journal;
import dk.omsorg.journal.JournalNote;
import dk.omsorg.journal.JournalPage;
import dk.omsorg.journal.JournalQuery;
import dk.omsorg.journal.NoteDraft;
import dk.omsorg.journal.internal.LinkTargets;
import dk.omsorg.security.RequireCitizenAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/**
 * The authority's journal of a citizen: {@code /citizens/{id}/journal} is the section the citizen page loads
 * (htmx), {@code /citizens/{id}/journal/page} the same as a page of its own, for use without JavaScript.
 */
@Controller
@RequireCitizenAccess
class JournalController {

    private final Journal journal;
    private final JournalScreens screens;

    JournalController(Journal journal, JournalScreens screens) {
        this.journal = journal;
        this.screens = screens;
    }

    @HxRequest
    @GetMapping("/citizens/{citizenId}/journal")
    String section(@PathVariable long citizenId, @RequestParam(required = false) String q,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long corrects, Model model) {
        return screens.show(side, citizenId, new JournalQuery(q, from, to, page), corrects, true, model);
    }

    @GetMapping({"/citizens/{citizenId}/journal", "/citizens/{citizenId}/journal/page"})
    String page(@PathVariable long citizenId, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long corrects, Model model) {
        return screens.show(side, citizenId, new JournalQuery(q, from, to, page), corrects, false, model);
    }

    @PostMapping("/citizens/{citizenId}/journal")
    String write(@PathVariable long citizenId, @RequestParam(required = false) String heading,
                 @RequestParam(required = false) String text, @RequestParam(required = false) String link,
                 @RequestParam(defaultValue = "false") boolean shared, @RequestParam(required = false) Long correctsNoteId,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                 HttpServletResponse response) {
        return screens.write(side, citizenId, new JournalScreens.Form(heading, text, link, shared, correctsNoteId),
                htmx != null, model, response);
    }

    @PostMapping("/citizens/{citizenId}/journal/{noteId}")
    String change(@PathVariable long citizenId, @PathVariable long noteId, @RequestParam(required = false) String heading,
                  @RequestParam(required = false) String text, @RequestParam(required = false) Integer version,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return screens.change(side, citizenId, noteId, heading, text, version, htmx != null, model);
    }

    // --- the authority's side

    private final JournalScreens.Side side = new JournalScreens.Side() {
        @Override
        public String base(long citizenId) {
            return "/citizens/" + citizenId + "/journal";
        }

        @Override
        public boolean provider() {
            return false;
        }

        @Override
        public Citizen citizen(long citizenId) {
            return journal.citizen(citizenId);
        }

        @Override
        public JournalPage search(long citizenId, JournalQuery query) {
            return journal.search(citizenId, query);
        }

        @Override
        public JournalNote note(long citizenId, long noteId) {
            return journal.note(citizenId, noteId);
        }

        @Override
        public JournalNote write(long citizenId, NoteDraft draft) {
            return journal.write(citizenId, draft);
        }

        @Override
        public JournalNote change(long citizenId, long noteId, String heading, String text, Integer version) {
            return journal.change(citizenId, noteId, heading, text, version);
        }

        @Override
        public List<LinkTargets.Target> linkTargets(long citizenId) {
            return journal.linkTargets(citizenId);
        }

        @Override
        public LocalDate today() {
            return journal.today();
        }
    };
}

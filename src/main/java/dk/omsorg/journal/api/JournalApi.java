package dk.omsorg.journal.api;

import dk.omsorg.journal.Journal;
import dk.omsorg.journal.JournalQuery;
import dk.omsorg.journal.NoteDraft;
import dk.omsorg.journal.api.JournalDtos.ChangeRequest;
import dk.omsorg.journal.api.JournalDtos.LinkDto;
import dk.omsorg.journal.api.JournalDtos.NoteDto;
import dk.omsorg.journal.api.JournalDtos.PageDto;
import dk.omsorg.security.RequireCitizenAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The authority's journal over REST: search a citizen's notes, write one, change one's own on its day. */
@RestController
@RequireCitizenAccess
@RequestMapping("/api/v1/citizens/{citizenId}/journal-notes")
@Tag(name = "Journal", description = "Journal notes (journalnotater) on a citizen")
class JournalApi {

    private final Journal journal;

    JournalApi(Journal journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(summary = "The citizen's notes, newest first, 20 a page (from 0): q in heading or text (any case), "
            + "from/to the days written (both included)")
    PageDto search(@PathVariable long citizenId, @RequestParam(required = false) String q,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page) {
        return PageDto.of(journal.search(citizenId, new JournalQuery(q, from, to, page)));
    }

    /** @param correctsNoteId the note this one corrects, or null */
    record NoteRequest(String heading, String text, LinkDto link, Boolean sharedWithProviders, Long correctsNoteId) {
    }

    @PostMapping
    @Operation(summary = "Write a note: heading (≤ 200) and text required; optionally the inquiry, decision, grant or "
            + "reassessment flag it is about, shared with the delivering providers, and the note it corrects")
    ResponseEntity<NoteDto> write(@PathVariable long citizenId, @RequestBody NoteRequest body) {
        NoteDraft draft = new NoteDraft(body.heading(), body.text(), body.link() == null ? null : body.link().toLink(),
                Boolean.TRUE.equals(body.sharedWithProviders()), body.correctsNoteId());
        return ResponseEntity.status(HttpStatus.CREATED).body(NoteDto.of(journal.write(citizenId, draft)));
    }

    @PutMapping("/{noteId}")
    @Operation(summary = "Change the heading and text of one's own note, only on the day it was written; "
            + "409 after that day (write a correcting note) or when the version is stale")
    NoteDto change(@PathVariable long citizenId, @PathVariable long noteId, @RequestBody ChangeRequest body) {
        return NoteDto.of(journal.change(citizenId, noteId, body.heading(), body.text(), body.version()));
    }
}

package dk.omsorg.journal.api;

import dk.omsorg.journal.JournalQuery;
import dk.omsorg.journal.NoteDraft;
import dk.omsorg.journal.ProviderJournal;
import dk.omsorg.journal.api.JournalDtos.ChangeRequest;
import dk.omsorg.journal.api.JournalDtos.NoteDto;
import dk.omsorg.journal.api.JournalDtos.PageDto;
import dk.omsorg.security.RequireProvider;
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

/**
 * A provider's journal over REST, for the citizens it delivers to: its own notes and the authority's notes shared
 * with the delivering providers; another citizen answers 404.
 */
@RestController
@RequireProvider
@RequestMapping("/api/v1/provider/citizens/{citizenId}/journal-notes")
@Tag(name = "Journal (leverandør)", description = "A provider's journal notes on the citizens it delivers to")
class ProviderJournalApi {

    private final ProviderJournal journal;

    ProviderJournalApi(ProviderJournal journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(summary = "The provider's own notes and the authority's shared notes, newest first, 20 a page")
    PageDto search(@PathVariable long citizenId, @RequestParam(required = false) String q,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page) {
        return PageDto.of(journal.search(citizenId, new JournalQuery(q, from, to, page)));
    }

    /** @param correctsNoteId one of the provider's own notes this one corrects, or null */
    record NoteRequest(String heading, String text, Long correctsNoteId) {
    }

    @PostMapping
    @Operation(summary = "Write a note the authority reads: heading (≤ 200) and text required")
    ResponseEntity<NoteDto> write(@PathVariable long citizenId, @RequestBody NoteRequest body) {
        NoteDraft draft = new NoteDraft(body.heading(), body.text(), null, false, body.correctsNoteId());
        return ResponseEntity.status(HttpStatus.CREATED).body(NoteDto.of(journal.write(citizenId, draft)));
    }

    @PutMapping("/{noteId}")
    @Operation(summary = "Change one's own note on the day it was written; 409 after that day or when stale")
    NoteDto change(@PathVariable long citizenId, @PathVariable long noteId, @RequestBody ChangeRequest body) {
        return NoteDto.of(journal.change(citizenId, noteId, body.heading(), body.text(), body.version()));
    }
}

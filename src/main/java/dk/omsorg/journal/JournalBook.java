package dk.omsorg.journal;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.journal.internal.JournalNotes;
import dk.omsorg.journal.internal.JournalNotes.NewNote;
import dk.omsorg.journal.internal.LinkTargets;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing a citizen's journal for a reader who may reach the citizen (the callers, {@link Journal} and
 * {@link ProviderJournal}, check that). Audited here: one row per page read, one per note written or changed — with
 * a description of what was done, never the note's words.
 */
@Component
class JournalBook {

    static final String JOURNAL = "journal";
    static final String NOTE = "journal-note";
    static final int PAGE_SIZE = 20;

    private final JournalNotes notes;
    private final LinkTargets links;
    private final AuditLog audit;
    private final Clock clock;

    JournalBook(JournalNotes notes, LinkTargets links, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who reads or writes: the authority ({@code providerId} null) or one provider's user. */
    record Reader(String username, int municipalityId, Long providerId) {
        AuthorKind kind() {
            return providerId == null ? AuthorKind.AUTHORITY : AuthorKind.PROVIDER;
        }
    }

    JournalPage page(Reader reader, long citizenId, JournalQuery query) {
        NoteRules.check(query);
        int page = Math.max(0, query.page());
        Instant from = query.from() == null ? null : query.from().atStartOfDay(DanishTime.ZONE).toInstant();
        Instant before = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();
        List<JournalNote> rows = notes.search(reader.municipalityId(), citizenId, reader.providerId(),
                query.hasText() ? NoteRules.pattern(query.text()) : null, from, before, PAGE_SIZE + 1, (long) page * PAGE_SIZE);
        audit.read(citizenId, JOURNAL, citizenId);
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new JournalPage(citizenId, hasNext ? rows.subList(0, PAGE_SIZE) : rows, query, page, PAGE_SIZE, hasNext);
    }

    /** One note the reader may see (the one a correction is being written for), audited. */
    JournalNote note(Reader reader, long citizenId, long noteId) {
        JournalNote note = notes.find(reader.municipalityId(), citizenId, noteId, reader.providerId())
                .orElseThrow(() -> new NotFoundException("journal.note.notFound"));
        audit.read(citizenId, NOTE, noteId);
        return note;
    }

    JournalNote write(Reader reader, long citizenId, NoteDraft draft) {
        List<Violation> violations = new ArrayList<>(NoteRules.text(draft.heading(), draft.text()));
        if (reader.providerId() != null && draft.link() != null) {
            violations.add(new Violation("link", "journal.link.notForProvider"));
        } else if (draft.link() != null && !links.belongsTo(reader.municipalityId(), citizenId, draft.link())) {
            violations.add(new Violation("link", "journal.link.notCitizens"));
        }
        if (reader.providerId() != null && draft.sharedWithProviders()) {
            violations.add(new Violation("sharedWithProviders", "journal.shared.notForProvider"));
        }
        if (draft.correctsNoteId() != null && !correctable(reader, citizenId, draft.correctsNoteId())) {
            violations.add(new Violation("correctsNoteId", "journal.corrects.notFound"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long id = notes.insert(new NewNote(reader.municipalityId(), citizenId, draft.heading().strip(), draft.text().strip(),
                reader.username(), reader.kind(), reader.providerId(), draft.link(), draft.sharedWithProviders(),
                draft.correctsNoteId()), Instant.now(clock));
        audit.changed(AuditAction.CREATE, citizenId, NOTE, id, draft.correctsNoteId() == null ? "journalnotat skrevet"
                : "journalnotat skrevet som rettelse af et tidligere notat");
        return notes.find(reader.municipalityId(), citizenId, id, reader.providerId()).orElseThrow();
    }

    /**
     * Changes the heading and text of one's own note on the day it was written.
     *
     * @throws ConflictException when the day has passed (a correction is a new note) — or stale (409 either way)
     */
    JournalNote change(Reader reader, long citizenId, long noteId, String heading, String text, Integer version) {
        JournalNote note = notes.find(reader.municipalityId(), citizenId, noteId, reader.providerId())
                .orElseThrow(() -> new NotFoundException("journal.note.notFound"));
        if (!note.authorUsername().equals(reader.username())) {
            audit.denied(citizenId, NOTE, noteId);
            throw new AccessDeniedException("Only the author changes a note");
        }
        if (!note.changeableOn(today())) {
            throw new ConflictException("journal.note.dayPassed");
        }
        List<Violation> violations = new ArrayList<>(NoteRules.text(heading, text));
        if (version == null) {
            violations.add(new Violation("version", "journal.version.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!notes.change(reader.municipalityId(), noteId, heading.strip(), text.strip(), version, Instant.now(clock))) {
            throw new OptimisticLockingFailureException("Journal note " + noteId + " changed in between");
        }
        audit.changed(AuditAction.UPDATE, citizenId, NOTE, noteId, "journalnotat ændret samme dag");
        return notes.find(reader.municipalityId(), citizenId, noteId, reader.providerId()).orElseThrow();
    }

    /** The authority corrects any note of the citizen; a provider only its own provider's notes. */
    private boolean correctable(Reader reader, long citizenId, long noteId) {
        return notes.find(reader.municipalityId(), citizenId, noteId, reader.providerId())
                .filter(n -> reader.providerId() == null || reader.providerId().equals(n.providerId()))
                .isPresent();
    }

    List<LinkTargets.Target> linkTargets(int municipalityId, long citizenId) {
        return links.forCitizen(municipalityId, citizenId);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}

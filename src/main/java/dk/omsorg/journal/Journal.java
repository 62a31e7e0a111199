package dk.omsorg.journal;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.journal.JournalBook.Reader;
import dk.omsorg.journal.internal.LinkTargets;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The authority's journal (koordinator, visitator, leder, tilsyn): every note of a citizen of the own
 * municipality, read and written. A citizen of another municipality is answered as one that does not exist (404,
 * audited).
 */
@Service
@RequireCitizenAccess
@Transactional
public class Journal {

    private final JournalBook book;
    private final Citizens citizens;
    private final CurrentUsers users;

    Journal(JournalBook book, Citizens citizens, CurrentUsers users) {
        this.book = book;
        this.citizens = citizens;
        this.users = users;
    }

    /** The citizen whose journal it is; 404 when not of the user's municipality. */
    @Transactional(readOnly = true)
    public Citizen citizen(long citizenId) {
        return citizens.accessible(citizenId);
    }

    public JournalPage search(long citizenId, JournalQuery query) {
        citizens.accessible(citizenId);
        return book.page(reader(), citizenId, query);
    }

    public JournalNote note(long citizenId, long noteId) {
        citizens.accessible(citizenId);
        return book.note(reader(), citizenId, noteId);
    }

    public JournalNote write(long citizenId, NoteDraft draft) {
        citizens.accessible(citizenId);
        return book.write(reader(), citizenId, draft);
    }

    public JournalNote change(long citizenId, long noteId, String heading, String text, Integer version) {
        citizens.accessible(citizenId);
        return book.change(reader(), citizenId, noteId, heading, text, version);
    }

    /** The citizen's inquiries and decisions a note may be linked to. */
    @Transactional(readOnly = true)
    public List<LinkTargets.Target> linkTargets(long citizenId) {
        citizens.accessible(citizenId);
        return book.linkTargets(users.current().municipalityId(), citizenId);
    }

    public LocalDate today() {
        return book.today();
    }

    private Reader reader() {
        CurrentUser user = users.current();
        return new Reader(user.username(), user.municipalityId(), null);
    }
}

package dk.omsorg.journal;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.journal.JournalBook.Reader;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;

/**
 * A provider's journal (leverandør): about the citizens it delivers to now (or is about to start with), it writes
 * notes — what changed in the citizen's condition — that the authority reads, and reads its own provider's notes
 * and the authority's notes shared with the delivering providers. Any other citizen, of another provider or
 * municipality or none, is answered as one that does not exist (404), and the attempt audited.
 */
@Service
@RequireProvider
@Transactional
public class ProviderJournal {

    private final JournalBook book;
    private final Citizens citizens;
    private final Providers providers;
    private final CurrentUsers users;
    private final AuditLog audit;

    ProviderJournal(JournalBook book, Citizens citizens, Providers providers, CurrentUsers users, AuditLog audit) {
        this.book = book;
        this.citizens = citizens;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
    }

    /** The citizen, if the provider delivers to it now. */
    public Citizen citizen(long citizenId) {
        Reader reader = reader();
        // only those it delivers to now: a provider that has handed the citizen over reads no more of the journal
        if (!providers.citizensServedBy(reader.providerId(), book.today(), Period.ZERO).contains(citizenId)) {
            audit.denied(citizenId, JournalBook.JOURNAL, citizenId);
            throw new NotFoundException("citizen.notFound");
        }
        return citizens.accessible(citizenId);
    }

    public JournalPage search(long citizenId, JournalQuery query) {
        citizen(citizenId);
        return book.page(reader(), citizenId, query);
    }

    public JournalNote note(long citizenId, long noteId) {
        citizen(citizenId);
        return book.note(reader(), citizenId, noteId);
    }

    public JournalNote write(long citizenId, NoteDraft draft) {
        citizen(citizenId);
        return book.write(reader(), citizenId, draft);
    }

    public JournalNote change(long citizenId, long noteId, String heading, String text, Integer version) {
        citizen(citizenId);
        return book.change(reader(), citizenId, noteId, heading, text, version);
    }

    public LocalDate today() {
        return book.today();
    }

    private Reader reader() {
        CurrentUser user = users.current();
        if (!user.isProvider() || user.providerId() == null) {
            throw new AccessDeniedException("Not a provider user");
        }
        return new Reader(user.username(), user.municipalityId(), user.providerId());
    }
}

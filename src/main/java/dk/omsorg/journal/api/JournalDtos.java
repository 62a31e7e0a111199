package dk.omsorg.journal.api;

import dk.omsorg.journal.JournalNote;
import dk.omsorg.journal.JournalPage;
import dk.omsorg.journal.NoteLink;
import dk.omsorg.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The journal's REST shapes, shared by the authority's and the provider's API. */
final class JournalDtos {

    private JournalDtos() {
    }

    /** What a note is about: kind GRANT with grantKey, or INQUIRY, DECISION, REASSESSMENT_FLAG with id. */
    record LinkDto(String kind, Long id, UUID grantKey) {
        static LinkDto of(NoteLink link) {
            return link == null ? null : new LinkDto(link.kind().name(), link.id(), link.grantKey());
        }

        NoteLink toLink() {
            NoteLink.Kind k = kind == null ? null : java.util.Arrays.stream(NoteLink.Kind.values())
                    .filter(v -> v.name().equals(kind)).findFirst().orElse(null);
            if (k == null || (k == NoteLink.Kind.GRANT ? grantKey == null || id != null : id == null || grantKey != null)) {
                throw new InvalidInputException("link", "journal.link.invalid");
            }
            return new NoteLink(k, id, grantKey);
        }
    }

    record CorrectedDto(long id, String heading, Instant writtenAt) {
    }

    record NoteDto(long id, long citizenId, String heading, String text, String author, String authorKind,
                   Long providerId, String providerName, Instant writtenAt, LocalDate writtenOn, LinkDto link,
                   boolean sharedWithProviders, Long correctsNoteId, CorrectedDto corrects, List<Long> correctedBy,
                   int version) {
        static NoteDto of(JournalNote n) {
            return new NoteDto(n.id(), n.citizenId(), n.heading(), n.text(), n.authorUsername(), n.authorKind().name(),
                    n.providerId(), n.providerName(), n.writtenAt(), n.writtenOn(), LinkDto.of(n.link()),
                    n.sharedWithProviders(), n.correctsNoteId(),
                    n.corrects() == null ? null : new CorrectedDto(n.corrects().id(), n.corrects().heading(),
                            n.corrects().writtenAt()),
                    n.correctedBy(), n.version());
        }
    }

    record PageDto(long citizenId, int page, int size, boolean hasNext, List<NoteDto> notes) {
        static PageDto of(JournalPage p) {
            return new PageDto(p.citizenId(), p.page(), p.size(), p.hasNext(), p.notes().stream().map(NoteDto::of).toList());
        }
    }

    /** A same-day change of one's own note: the version read. */
    record ChangeRequest(String heading, String text, Integer version) {
    }
}

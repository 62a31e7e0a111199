package dk.omsorg.notice;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.notice.internal.NoticeRepository;
import dk.omsorg.provider.Providers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Tells the providers that a citizen's home care pauses and resumes (issue 19: while the citizen stays in a
 * temporary or interval place, "med advis til leverandøren i begge ender"): each provider delivering one of the
 * citizen's current grants measured in time gets a notice with the grant as it is, effective on the move-in (pause)
 * or the move-out (resume). Written once per source, provider and grant, so a repeated call writes nothing twice.
 */
@Service
public class GrantPauses {

    private final Decisions decisions;
    private final Providers providers;
    private final NoticeRepository notices;
    private final Clock clock;

    GrantPauses(Decisions decisions, Providers providers, NoticeRepository notices, Clock clock) {
        this.decisions = decisions;
        this.providers = providers;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @param kind       PAUSED_GRANT or RESUMED_GRANT
     * @param source     what caused it, unique per end ("stay:17:paused")
     * @param on         the move-in day (pause) or the move-out day (resume)
     * @param caseworker the user who registered the move
     * @return how many notices were written now
     */
    @Transactional
    public int notifyProviders(NoticeKind kind, int municipalityId, long citizenId, String source, LocalDate on,
                               String caseworker) {
        if (kind != NoticeKind.PAUSED_GRANT && kind != NoticeKind.RESUMED_GRANT) {
            throw new IllegalArgumentException(kind + " is not a pause notice");
        }
        Instant now = Instant.now(clock);
        int written = 0;
        for (Decision decision : decisions.storedForCitizen(municipalityId, citizenId)) {
            if (!decision.isCurrent()) {
                continue;
            }
            for (Grant grant : decision.grants()) {
                if (!grant.inTime() || !grant.notEndedOn(on)) {
                    continue;
                }
                LocalDate day = grant.start().isAfter(on) ? grant.start() : on;
                var provider = providers.deliveringGrant(grant.grantKey(), day);
                if (provider.isEmpty()) {
                    continue;
                }
                var notice = new NoticeRepository.NewNotice(municipalityId, citizenId, provider.get().id(), kind, source,
                        decision.id(), null, GrantSnapshot.of(grant), on, false, false, false, caseworker);
                if (notices.insertToProvider(notice, now).isPresent()) {
                    written++;
                }
            }
        }
        return written;
    }
}

package dk.omsorg.notice;

import dk.omsorg.citizen.CitizenDeaths;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.DeathSource;
import dk.omsorg.notice.internal.NoticeRepository;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * A caseworker confirms a provider's notice that the citizen died (issue 20, the death path): the death is recorded on
 * the citizen on the day of the notice, the notice is acknowledged, and the citizen's grants end the day after the
 * death (decision module, on {@code CitizenDied}). Confirming again, or after the hospital reported the death, records
 * nothing new.
 */
@Service
public class ConfirmingDeaths {

    private final NoticeRepository notices;
    private final Citizens citizens;
    private final CitizenDeaths deaths;
    private final CaseworkerNotices caseworkerNotices;
    private final CurrentUsers users;

    ConfirmingDeaths(NoticeRepository notices, Citizens citizens, CitizenDeaths deaths, CaseworkerNotices caseworkerNotices,
                     CurrentUsers users) {
        this.notices = notices;
        this.citizens = citizens;
        this.deaths = deaths;
        this.caseworkerNotices = caseworkerNotices;
        this.users = users;
    }

    /**
     * @return whether the death was recorded now (false: it was recorded before, nothing changed)
     * @throws InvalidInputException when the notice is not a provider's notice of a death
     */
    @RequireCaseworker
    @Transactional
    public boolean confirm(long citizenId, long noticeId) {
        Notice notice = notices.find(noticeId).filter(n -> n.citizenId() == citizenId)
                .orElseThrow(() -> new NotFoundException("notice.notFound"));
        // refuses (audited) a notice about another municipality's citizen
        citizens.accessibleFor(notice.citizenId(), "notice.notFound");
        if (notice.kind() != NoticeKind.DEATH) {
            throw new InvalidInputException("noticeId", "notice.death.notDeath");
        }
        LocalDate diedOn = notice.createdAt().atZone(DanishTime.ZONE).toLocalDate();
        boolean recorded = deaths.record(citizenId, diedOn, DeathSource.PROVIDER, users.current().username());
        if (!notice.acknowledged()) {
            caseworkerNotices.acknowledge(noticeId);
        }
        return recorded;
    }
}

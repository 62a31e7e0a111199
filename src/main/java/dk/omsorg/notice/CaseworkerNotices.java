package dk.omsorg.notice;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.notice.Views.NoticeLine;
import dk.omsorg.notice.Views.StartLine;
import dk.omsorg.notice.internal.NoticePolicies;
import dk.omsorg.notice.internal.NoticeRepository;
import dk.omsorg.notice.internal.NoticeTasks;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The authority's side of the notices: which notices to providers are not yet acknowledged and for how
 * long, the urgent ones to phone about (seed 002), the providers' notices back in the responsible
 * caseworker's queue, and start deadlines broken. Only the user's own municipality; every citizen shown
 * is audited.
 */
@Service
@Transactional
public class CaseworkerNotices {

    private final NoticeRepository notices;
    private final Providers providers;
    private final Citizens citizens;
    private final Decisions decisions;
    private final NoticePolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final NoticeTasks tasks;

    CaseworkerNotices(NoticeRepository notices, Providers providers, Citizens citizens, Decisions decisions,
                      NoticePolicies policies, CurrentUsers users, AuditLog audit, Clock clock, NoticeTasks tasks) {
        this.tasks = tasks;
        this.notices = notices;
        this.providers = providers;
        this.citizens = citizens;
        this.decisions = decisions;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The citizen's notices, both ways, and start deadlines. */
    public record CitizenNotices(long citizenId, List<NoticeLine> toProviders, List<NoticeLine> fromProviders,
                                 List<StartLine> starts, LocalTime phoneAfter) {

        /** Urgent notices not yet acknowledged: the caseworker phones the provider (seed 002). */
        public List<NoticeLine> toPhone() {
            return toProviders.stream().filter(l -> l.notice().urgent() && !l.notice().acknowledged()).toList();
        }
    }

    /** The notices written for one decision version. */
    public record DecisionNotices(long decisionId, List<NoticeLine> notices, LocalTime phoneAfter, boolean pending) {

        public List<NoticeLine> toPhone() {
            return notices.stream().filter(l -> l.notice().urgent() && !l.notice().acknowledged()).toList();
        }
    }

    /** Notices to providers in the municipality that are not acknowledged, urgent first, then oldest first. */
    @RequireCitizenAccess
    public List<NoticeLine> unacknowledged() {
        return lines(notices.unacknowledgedToProviders(users.current().municipalityId()));
    }

    /**
     * Notices from providers: the user's own (where the user made the decision) or, with {@code all},
     * the municipality's; open first, deaths first among them.
     */
    @RequireCitizenAccess
    public List<NoticeLine> fromProviders(boolean all) {
        CurrentUser user = users.current();
        return lines(notices.fromProviders(user.municipalityId(), all ? null : user.username()));
    }

    /** The caseworker has read and acted on a provider's notice. */
    @RequireCaseworker
    public NoticeLine acknowledge(long noticeId) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice.notFound"));
        // refuses (403, audited) a notice about another municipality's citizen
        citizens.accessibleFor(notice.citizenId(), "notice.notFound");
        if (notice.toProvider()) {
            throw new InvalidInputException(null, "notice.acknowledge.providersOwn");
        }
        if (notices.acknowledge(noticeId, users.current().username(), Instant.now(clock))) {
            audit.changed(AuditAction.UPDATE, notice.citizenId(), ProviderInbox.NOTICE, noticeId,
                    "advis fra leverandør kvitteret");
            tasks.acknowledged(notice, users.current().username());
        }
        return lines(List.of(notices.find(noticeId).orElseThrow())).get(0);
    }

    /** The citizen page's section: notices both ways, start deadlines, and whom to phone. */
    @RequireCitizenAccess
    public CitizenNotices forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<NoticeLine> all = lines(notices.forCitizen(citizen.municipalityId(), citizenId));
        return new CitizenNotices(citizenId, all.stream().filter(l -> l.notice().toProvider()).toList(),
                all.stream().filter(l -> !l.notice().toProvider()).toList(),
                starts(notices.startsOfCitizen(citizen.municipalityId(), citizenId)),
                policies.sameDayPhone(citizen.municipalityId(), LocalDate.now(clock.withZone(DanishTime.ZONE))).phoneAfter());
    }

    /**
     * The providers' notices that the citizen has died, newest first (the overview's warning, issue 15): the system
     * records a death only as this notice. Only these notices are read and audited.
     */
    @RequireCitizenAccess
    public List<NoticeLine> deathsReported(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        return lines(notices.forCitizen(citizen.municipalityId(), citizenId).stream()
                .filter(n -> n.kind() == NoticeKind.DEATH)
                .sorted(java.util.Comparator.comparing(Notice::createdAt).reversed()).toList());
    }

    /**
     * A care centre's reports of minutes beyond the normal frame in a special case, newest first (seed 000: "Det er
     * plejecenteret, der giver Myndighed Ældre besked angående antal minutter ud over den normale bevilling/ramme").
     * Only these notices are read and audited.
     */
    @RequireCitizenAccess
    public List<NoticeLine> extraMinutesReported(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        return lines(notices.forCitizen(citizen.municipalityId(), citizenId).stream()
                .filter(n -> n.kind() == NoticeKind.EXTRA_MINUTES)
                .sorted(java.util.Comparator.comparing(Notice::createdAt).reversed()).toList());
    }

    /**
     * The notices of one decision version (the decision page's section). {@code pending} while the
     * decision is fresh and its notices may still be on their way (they are written after it commits).
     */
    @RequireCitizenAccess
    public DecisionNotices forDecision(long decisionId) {
        Decision decision = decisions.stored(decisionId).orElseThrow(() -> new NotFoundException("decision.notFound"));
        // refuses (403, audited) another municipality's decision; the notices shown are audited one by one
        citizens.accessibleFor(decision.citizenId(), "decision.notFound");
        List<NoticeLine> lines = lines(notices.forDecision(decisionId));
        boolean fresh = decision.createdAt() != null && decision.createdAt().isAfter(Instant.now(clock).minusSeconds(30));
        boolean toProviders = decision.grants().stream().anyMatch(g -> !g.carriedOver() && g.provider() != null
                && g.provider().providerId() != null);
        return new DecisionNotices(decisionId, lines, policies.sameDayPhone(decision.municipalityId(), LocalDate.now(clock.withZone(DanishTime.ZONE))).phoneAfter(),
                fresh && toProviders && lines.isEmpty());
    }

    /** Start deadlines in the municipality; {@code breachedOnly}: overdue or started late. */
    @RequireCitizenAccess
    public List<StartLine> startDeadlines(boolean breachedOnly) {
        List<StartLine> lines = starts(notices.startsInMunicipality(users.current().municipalityId()));
        return breachedOnly ? lines.stream().filter(StartLine::breached).toList() : lines;
    }

    private List<NoticeLine> lines(List<Notice> list) {
        Instant now = Instant.now(clock);
        Map<Long, ProviderCard> providerCards = new HashMap<>();
        Map<Long, CitizenCard> citizenCards = new HashMap<>();
        List<NoticeLine> lines = new ArrayList<>();
        for (Notice notice : list) {
            CitizenCard citizen = citizenCards.computeIfAbsent(notice.citizenId(),
                    id -> CitizenCard.of(citizens.accessible(id)));
            audit.read(notice.citizenId(), ProviderInbox.NOTICE, notice.id());
            ProviderCard provider = providerCards.computeIfAbsent(notice.providerId(),
                    id -> ProviderCard.of(providers.get(id)));
            GrantStart start = notice.kind().startsHelp() ? notices.starts(notice.grantKey(), notice.providerId()).stream()
                    .filter(s -> s.noticeId() == notice.id()).findFirst().orElse(null) : null;
            lines.add(new NoticeLine(notice, citizen, provider, start, notice.waiting(now)));
        }
        return lines;
    }

    private List<StartLine> starts(List<GrantStart> list) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
        Map<Long, ProviderCard> providerCards = new HashMap<>();
        List<StartLine> lines = new ArrayList<>();
        for (GrantStart start : list) {
            Citizen citizen = citizens.accessible(start.citizenId());
            audit.read(start.citizenId(), ProviderInbox.START, start.id());
            lines.add(new StartLine(start, CitizenCard.of(citizen),
                    providerCards.computeIfAbsent(start.providerId(), id -> ProviderCard.of(providers.get(id))),
                    start.status(today)));
        }
        return lines;
    }
}

package dk.omsorg.notice;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.notice.Views.DeliveredGrant;
import dk.omsorg.notice.Views.NoticeLine;
import dk.omsorg.notice.Views.ProviderCitizen;
import dk.omsorg.notice.Views.StartLine;
import dk.omsorg.notice.internal.NoticePolicies;
import dk.omsorg.notice.internal.CheckingStartDeadlines;
import dk.omsorg.notice.internal.NoticeRepository;
import dk.omsorg.notice.internal.NoticeTasks;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The provider's side (leverandørens indbakke): its notices and their acknowledgement, the citizens it
 * serves with the grants it delivers, start confirmations, and notices back to the authority.
 *
 * <p>Isolation: a provider user reaches only the citizens with an active or recently ended grant
 * delivered by its own provider ({@link Providers#citizensServedBy}, {@code omsorg.provider.recently-ended})
 * and only its own notices and starts; of a citizen it sees name, address and phone, the grants it
 * delivers and their goals — never the CPR number, assessments or other providers' grants. Anything else,
 * however the id was come by, is refused (403) and the attempt audited; an id that does not exist is
 * refused the same way, so guessing tells nothing.
 */
@Service
@RequireProvider
@Transactional
public class ProviderInbox {

    static final String NOTICE = "notice";
    static final String CITIZEN = "provider-citizen";
    static final String START = "grant-start";
    static final String GRANT = "grant";

    private final NoticeRepository notices;
    private final Providers providers;
    private final Citizens citizens;
    private final Decisions decisions;
    private final NoticePolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final NoticeTasks tasks;
    private final CheckingStartDeadlines startDeadlines;

    ProviderInbox(NoticeRepository notices, Providers providers, Citizens citizens, Decisions decisions,
                  NoticePolicies policies, CurrentUsers users, AuditLog audit, Clock clock, NoticeTasks tasks,
                  CheckingStartDeadlines startDeadlines) {
        this.tasks = tasks;
        this.startDeadlines = startDeadlines;
        this.notices = notices;
        this.providers = providers;
        this.citizens = citizens;
        this.decisions = decisions;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which notices the inbox lists. */
    public enum Filter {
        UNREAD, ACKNOWLEDGED, ALL
    }

    /** The user's own provider. */
    @Transactional(readOnly = true)
    public ProviderCard provider() {
        return ProviderCard.of(providers.get(providerId()));
    }

    /** The provider's notices, unacknowledged and urgent first, for the citizens it still serves. */
    public List<NoticeLine> notices(Filter filter) {
        long providerId = providerId();
        Set<Long> served = served(providerId);
        ProviderCard provider = ProviderCard.of(providers.get(providerId));
        List<NoticeLine> lines = new ArrayList<>();
        for (Notice notice : notices.toProvider(providerId)) {
            if (!served.contains(notice.citizenId()) || !matches(filter, notice)) {
                continue;
            }
            lines.add(line(notice, provider));
        }
        return lines;
    }

    /** One of the provider's notices with the citizen's contact data and the start it asks for. */
    public NoticeLine notice(long noticeId) {
        Notice notice = own(noticeId);
        return line(notice, ProviderCard.of(providers.get(notice.providerId())));
    }

    /** Acknowledges one of the provider's notices (the first acknowledgement stands). */
    public NoticeLine acknowledge(long noticeId) {
        Notice notice = own(noticeId);
        if (!notice.toProvider()) {
            // the provider's own notice to the authority is acknowledged by the caseworker
            throw new InvalidInputException(null, "notice.acknowledge.ownNotice");
        }
        if (notices.acknowledge(noticeId, users.current().username(), Instant.now(clock))) {
            audit.changed(AuditAction.UPDATE, notice.citizenId(), NOTICE, noticeId, "advis kvitteret af leverandør");
        }
        return line(notices.find(noticeId).orElseThrow(), ProviderCard.of(providers.get(notice.providerId())));
    }

    /** The citizens the provider serves (an active or recently ended grant), by name. */
    public List<CitizenCard> citizens() {
        List<CitizenCard> cards = new ArrayList<>();
        for (long citizenId : served(providerId())) {
            Citizen citizen = citizens.accessible(citizenId);
            audit.read(citizenId, CITIZEN, citizenId);
            cards.add(CitizenCard.of(citizen));
        }
        cards.sort(Comparator.comparing(CitizenCard::name));
        return cards;
    }

    /** A citizen the provider serves: contact data, the grants it delivers with goals and starts, its notices. */
    public ProviderCitizen citizen(long citizenId) {
        long providerId = providerId();
        CitizenCard citizen = served(providerId, citizenId, CITIZEN, citizenId);
        audit.read(citizenId, CITIZEN, citizenId);
        ProviderCard provider = ProviderCard.of(providers.get(providerId));
        List<NoticeLine> received = new ArrayList<>();
        List<NoticeLine> sent = new ArrayList<>();
        for (Notice notice : notices.forCitizen(users.current().municipalityId(), citizenId)) {
            if (notice.providerId() == providerId) {
                (notice.toProvider() ? received : sent).add(new NoticeLine(notice, citizen, provider,
                        startOf(notice), notice.waiting(Instant.now(clock))));
            }
        }
        return new ProviderCitizen(citizen, delivered(providerId, citizenId, received), received, sent);
    }

    /**
     * Confirms that the provider started the grant ("startet den …").
     *
     * @throws ConflictException when the start is already confirmed
     */
    public StartLine confirmStart(UUID grantKey, LocalDate startedOn) {
        long providerId = providerId();
        List<GrantStart> starts = grantKey == null ? List.of() : notices.starts(grantKey, providerId);
        if (starts.isEmpty()) {
            audit.denied(null, START, grantKey);
            throw new AccessDeniedException("Not a start of the user's provider");
        }
        CitizenCard citizen = served(providerId, starts.get(0).citizenId(), START, grantKey);
        GrantStart start = starts.stream().filter(s -> !s.started() && !s.cancelled()).findFirst()
                .orElseThrow(() -> starts.stream().filter(GrantStart::started).findFirst()
                        .map(s -> new ConflictException("notice.start.alreadyConfirmed", s.startedOn()))
                        .orElseGet(() -> new ConflictException("notice.start.cancelled")));
        if (startedOn == null) {
            throw new InvalidInputException("startedOn", "notice.start.dateRequired");
        }
        if (startedOn.isAfter(today())) {
            throw new InvalidInputException("startedOn", "notice.start.future", startedOn);
        }
        if (startedOn.isBefore(start.grantStart())) {
            throw new InvalidInputException("startedOn", "notice.start.beforeGrant", startedOn, start.grantStart());
        }
        notices.confirmStart(start.id(), startedOn, users.current().username(), Instant.now(clock));
        audit.changed(AuditAction.UPDATE, start.citizenId(), START, start.id(), "opstart bekræftet af leverandør");
        startDeadlines.started(start, users.current().username());
        GrantStart confirmed = notices.starts(grantKey, providerId).stream().filter(s -> s.id() == start.id())
                .findFirst().orElseThrow();
        return new StartLine(confirmed, citizen, ProviderCard.of(providers.get(providerId)), confirmed.status(today()));
    }

    /** The provider's start deadlines: waiting and overdue first. */
    public List<StartLine> starts() {
        long providerId = providerId();
        Set<Long> served = served(providerId);
        ProviderCard provider = ProviderCard.of(providers.get(providerId));
        LocalDate today = today();
        List<StartLine> lines = new ArrayList<>();
        for (GrantStart start : notices.startsOfProvider(providerId)) {
            if (served.contains(start.citizenId())) {
                Citizen citizen = citizens.accessible(start.citizenId());
                audit.read(start.citizenId(), START, start.id());
                lines.add(new StartLine(start, CitizenCard.of(citizen), provider, start.status(today)));
            }
        }
        return lines;
    }

    /**
     * A notice back to the authority about a citizen the provider serves (seed 002: the provider's duty
     * to inform). Lands with the caseworker who made the decision on the grant, or the citizen's latest
     * decision.
     *
     * @param grantKey the grant it is about; optional, but if given one the provider delivers
     */
    public NoticeLine report(long citizenId, NoticeKind kind, UUID grantKey, String text) {
        long providerId = providerId();
        CitizenCard citizen = served(providerId, citizenId, CITIZEN, citizenId);
        int municipalityId = users.current().municipalityId();
        List<Decision> current = decisions.storedForCitizen(municipalityId, citizenId).stream()
                .filter(Decision::isCurrent).toList();
        GrantSnapshot grant = null;
        String caseworker = current.isEmpty() ? null : current.get(0).createdBy();
        if (grantKey != null) {
            Decision decision = current.stream().filter(d -> d.grant(grantKey).isPresent()).findFirst().orElse(null);
            if (decision == null || !deliveredBy(providerId, decision.grant(grantKey).orElseThrow(), citizenId)) {
                audit.denied(citizenId, GRANT, grantKey);
                throw new AccessDeniedException("Not a grant the user's provider delivers");
            }
            grant = GrantSnapshot.of(decision.grant(grantKey).orElseThrow());
            caseworker = decision.createdBy();
        }
        if (kind == null || kind.direction() != NoticeDirection.FROM_PROVIDER) {
            throw new InvalidInputException("kind", "notice.report.kindRequired");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "notice.report.textRequired");
        }
        long id = notices.insertFromProvider(municipalityId, citizenId, providerId, kind, grant, text.strip(), caseworker,
                users.current().username(), Instant.now(clock));
        audit.changed(AuditAction.CREATE, citizenId, NOTICE, id, "advis fra leverandør");
        Notice notice = notices.find(id).orElseThrow();
        tasks.fromProvider(notice);
        return new NoticeLine(notice, citizen, ProviderCard.of(providers.get(providerId)), null, Duration.ZERO);
    }

    /** The notices the provider has sent, newest first. */
    public List<NoticeLine> sent() {
        long providerId = providerId();
        Set<Long> served = served(providerId);
        ProviderCard provider = ProviderCard.of(providers.get(providerId));
        return notices.fromProvider(providerId).stream().filter(n -> served.contains(n.citizenId()))
                .map(n -> line(n, provider)).toList();
    }

    // --- isolation

    private long providerId() {
        CurrentUser user = users.current();
        if (!user.isProvider() || user.providerId() == null) {
            throw new AccessDeniedException("Not a provider user");
        }
        return user.providerId();
    }

    private Set<Long> served(long providerId) {
        return providers.citizensServedBy(providerId, today(), policies.recentlyEnded());
    }

    /** The citizen if the provider serves it; else refused and audited. */
    private CitizenCard served(long providerId, long citizenId, String resource, Object resourceId) {
        if (!served(providerId).contains(citizenId)) {
            audit.denied(citizenId, resource, resourceId);
            throw new AccessDeniedException("Citizen not served by the user's provider");
        }
        return CitizenCard.of(citizens.accessible(citizenId));
    }

    /** One of the provider's own notices, about a citizen it still serves; else refused and audited. */
    private Notice own(long noticeId) {
        long providerId = providerId();
        Optional<Notice> notice = notices.find(noticeId);
        if (notice.isEmpty() || notice.get().providerId() != providerId
                || !served(providerId).contains(notice.get().citizenId())) {
            audit.denied(notice.map(Notice::citizenId).orElse(null), NOTICE, noticeId);
            throw new AccessDeniedException("Not a notice of the user's provider");
        }
        return notice.get();
    }

    private NoticeLine line(Notice notice, ProviderCard provider) {
        Citizen citizen = citizens.accessible(notice.citizenId());
        audit.read(notice.citizenId(), NOTICE, notice.id());
        return new NoticeLine(notice, CitizenCard.of(citizen), provider, startOf(notice), notice.waiting(Instant.now(clock)));
    }

    private GrantStart startOf(Notice notice) {
        if (notice.grantKey() == null || !notice.kind().startsHelp()) {
            return null;
        }
        return notices.starts(notice.grantKey(), notice.providerId()).stream().filter(s -> s.noticeId() == notice.id())
                .findFirst().orElse(null);
    }

    private static boolean matches(Filter filter, Notice notice) {
        return switch (filter == null ? Filter.ALL : filter) {
            case UNREAD -> !notice.acknowledged();
            case ACKNOWLEDGED -> notice.acknowledged();
            case ALL -> true;
        };
    }

    /**
     * The citizen's grants the provider delivers: now, later (by a switch to it), or until recently
     * (ended, or handed over by a switch away).
     */
    private List<DeliveredGrant> delivered(long providerId, long citizenId, List<NoticeLine> received) {
        LocalDate today = today();
        LocalDate since = today.minus(policies.recentlyEnded());
        List<DeliveredGrant> grants = new ArrayList<>();
        for (Decision decision : decisions.storedForCitizen(users.current().municipalityId(), citizenId)) {
            if (!decision.isCurrent()) {
                continue;
            }
            for (Grant g : decision.grants()) {
                GrantSnapshot grant = GrantSnapshot.of(g);
                GrantStart start = received.stream().map(NoticeLine::start).filter(Objects::nonNull)
                        .filter(s -> s.grantKey().equals(g.grantKey())).findFirst().orElse(null);
                Optional<Long> deliverer = providers.deliveringGrant(g.grantKey(), within(today, grant)).map(Provider::id);
                if (deliverer.isPresent() && deliverer.get() == providerId) {
                    DeliveredGrant.Status status = g.end() != null && g.end().isBefore(today) ? DeliveredGrant.Status.ENDED
                            : g.start().isAfter(today) ? DeliveredGrant.Status.UPCOMING : DeliveredGrant.Status.ACTIVE;
                    if (status != DeliveredGrant.Status.ENDED || !g.end().isBefore(since)) {
                        grants.add(new DeliveredGrant(grant, status, g.start(), g.end(), start));
                    }
                    continue;
                }
                // a switch to the provider later, or away from it recently: the provider's own switch notices say when
                for (NoticeLine line : received) {
                    Notice n = line.notice();
                    if (!g.grantKey().equals(n.grantKey()) || n.effectiveOn() == null) {
                        continue;
                    }
                    if (n.kind() == NoticeKind.SWITCH_IN && n.effectiveOn().isAfter(today)
                            && isDeliverer(providerId, g.grantKey(), n.effectiveOn())) {
                        grants.add(new DeliveredGrant(grant, DeliveredGrant.Status.UPCOMING, n.effectiveOn(), g.end(), start));
                        break;
                    }
                    if (n.kind() == NoticeKind.SWITCH_OUT && !n.effectiveOn().isAfter(today)
                            && !n.effectiveOn().minusDays(1).isBefore(since)) {
                        grants.add(new DeliveredGrant(grant, DeliveredGrant.Status.HANDED_OVER, g.start(),
                                n.effectiveOn().minusDays(1), start));
                        break;
                    }
                }
            }
        }
        return grants;
    }

    private boolean deliveredBy(long providerId, Grant grant, long citizenId) {
        if (isDeliverer(providerId, grant.grantKey(), within(today(), GrantSnapshot.of(grant)))) {
            return true;
        }
        // a grant the provider takes over later or handed over recently is still its concern
        return notices.forCitizen(users.current().municipalityId(), citizenId).stream()
                .anyMatch(n -> n.providerId() == providerId && grant.grantKey().equals(n.grantKey()) && n.toProvider());
    }

    private boolean isDeliverer(long providerId, UUID grantKey, LocalDate on) {
        return providers.deliveringGrant(grantKey, on).map(Provider::id).filter(id -> id == providerId).isPresent();
    }

    /** Today, within the grant's period. */
    private static LocalDate within(LocalDate today, GrantSnapshot grant) {
        if (today.isBefore(grant.start())) {
            return grant.start();
        }
        return grant.end() != null && today.isAfter(grant.end()) ? grant.end() : today;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}

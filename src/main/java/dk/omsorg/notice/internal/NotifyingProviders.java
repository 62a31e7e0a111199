package dk.omsorg.notice.internal;

import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.StartDeadline;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.notice.GrantSnapshot;
import dk.omsorg.notice.GrantStart;
import dk.omsorg.notice.Notice;
import dk.omsorg.notice.NoticeKind;
import dk.omsorg.notice.NoticeRules;
import dk.omsorg.notice.StartDeadlineRule;
import dk.omsorg.notice.internal.NoticeRepository.NewNotice;
import dk.omsorg.provider.ProviderAssigned;
import dk.omsorg.provider.ProviderSwitchScheduled;
import dk.omsorg.provider.Providers;
import dk.omsorg.shared.DanishTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the notices to providers from the decision's and the provider module's events. Each listener
 * runs after the publishing transaction has committed, in a transaction of its own, and is recorded in
 * the event publication registry until it completes: a listener that fails is run again (resubmitted,
 * or on restart), and the unique (source, provider, grant) key makes a second run write nothing twice.
 *
 * <p>The same decision can reach a provider twice — as {@link DecisionMade} and as the
 * {@link ProviderAssigned} published in the same transaction — so both use the source
 * {@code decision:<id>}: whichever runs first writes the notice.
 */
@Component
class NotifyingProviders {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(NotifyingProviders.class);

    private final Decisions decisions;
    private final Providers providers;
    private final Catalogs catalogs;
    private final DanishCalendar calendar;
    private final NoticeRepository notices;
    private final NoticePolicies policies;
    private final Clock clock;
    private final CheckingStartDeadlines startDeadlines;
    private final dk.omsorg.decision.AfterComplaintLookup afterComplaint;

    NotifyingProviders(Decisions decisions, Providers providers, Catalogs catalogs, DanishCalendar calendar,
                       NoticeRepository notices, NoticePolicies policies, Clock clock,
                       CheckingStartDeadlines startDeadlines, dk.omsorg.decision.AfterComplaintLookup afterComplaint) {
        this.afterComplaint = afterComplaint;
        this.startDeadlines = startDeadlines;
        this.decisions = decisions;
        this.providers = providers;
        this.catalogs = catalogs;
        this.calendar = calendar;
        this.notices = notices;
        this.policies = policies;
        this.clock = clock;
    }

    /** New, changed and stopped grants of the decision version, to the provider delivering each. */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        Decision decision = stored(event.decisionId());
        Decision previous = event.supersedesDecisionId() == null ? null : stored(event.supersedesDecisionId());
        LocalDate today = now().toLocalDate();
        for (Grant grant : decision.grants()) {
            if (grant.carriedOver()) {
                continue;
            }
            GrantSnapshot after = GrantSnapshot.of(grant);
            GrantSnapshot before = previous == null ? null
                    : previous.grant(grant.grantKey()).map(GrantSnapshot::of).orElse(null);
            Optional<NoticeKind> kind = NoticeRules.kindOf(before, after);
            if (kind.isEmpty()) {
                continue;
            }
            // a grant without a provider yet (a free-choice voucher) is told when the provider is assigned
            providers.deliveringGrant(grant.grantKey(), within(today, after))
                    .ifPresent(provider -> write(decision, kind.get(), before, after, provider.id(),
                            "decision:" + decision.id(), decision.minorAdjustment(), null));
        }
    }

    /** A grant got its provider: a new grant to that provider (also when the citizen found it later). */
    @ApplicationModuleListener
    void on(ProviderAssigned event) {
        Decision decision = stored(event.decisionId());
        Grant grant = decision.grant(event.grantKey())
                .or(() -> current(event.municipalityId(), event.citizenId(), event.grantKey()).flatMap(d -> d.grant(event.grantKey())))
                .orElse(null);
        if (grant == null) {
            log.warn("Provider assigned to grant {} which is in no decision of citizen {}; no notice", event.grantKey(),
                    event.citizenId());
            return;
        }
        // a voucher's provider found later delivers from the day it was found, not from the grant's start
        LocalDate from = event.from() != null && event.from().isAfter(grant.start()) ? event.from() : null;
        write(decision, NoticeKind.NEW_GRANT, null, GrantSnapshot.of(grant), event.providerId(),
                "decision:" + decision.id(), false, from);
    }

    /** A switch of provider: the old provider stops, the new one starts, both from the switch day. */
    @ApplicationModuleListener
    void on(ProviderSwitchScheduled event) {
        Decision decision = current(event.municipalityId(), event.citizenId(), event.grantKey()).orElse(null);
        if (decision == null) {
            log.warn("Switch of grant {} which is in no current decision of citizen {}; no notice", event.grantKey(),
                    event.citizenId());
            return;
        }
        GrantSnapshot grant = GrantSnapshot.of(decision.grant(event.grantKey()).orElseThrow());
        String source = "switch:" + event.grantKey() + ":" + event.effectiveFrom() + ":" + event.oldProviderId() + ">"
                + event.newProviderId();
        write(decision, NoticeKind.SWITCH_OUT, null, grant, event.oldProviderId(), source, false, event.effectiveFrom());
        write(decision, NoticeKind.SWITCH_IN, null, grant, event.newProviderId(), source, false, event.effectiveFrom());
    }

    /**
     * @param switchFrom a switch's first day with the new provider; for a new grant, the day a provider
     *                   assigned later (a voucher's) starts delivering; null otherwise
     */
    private void write(Decision decision, NoticeKind kind, GrantSnapshot before, GrantSnapshot after, long providerId,
                       String source, boolean minorAdjustment, LocalDate switchFrom) {
        ZonedDateTime sentAt = now();
        Instant at = sentAt.toInstant();
        LocalDate today = sentAt.toLocalDate();
        int municipalityId = decision.municipalityId();
        LocalDate effectiveOn = kind == NoticeKind.NEW_GRANT && switchFrom != null ? switchFrom
                : NoticeRules.effectiveOn(kind, after, decision.decidedOn(), switchFrom);
        boolean urgent = policies.sameDayPhone(municipalityId, today).urgent(kind, minorAdjustment, effectiveOn, sentAt);
        NewNotice notice = new NewNotice(municipalityId, decision.citizenId(), providerId, kind, source, decision.id(),
                before, after, effectiveOn, urgent, afterComplaint.afterComplaintId(decision.id()).isPresent(),
                minorAdjustment, decision.createdBy());
        Optional<Long> written = notices.insertToProvider(notice, at);
        if (written.isEmpty()) {
            log.debug("Notice {} of {} to provider {} for grant {} was written before", kind, source, providerId,
                    after.grantKey());
            return;
        }
        Notice stored = notices.find(written.get()).orElseThrow();
        trackStart(stored, decision, kind, after, switchFrom, today, at);
    }

    /** Tracks the start a notice asks for; a change moves a start not yet made; a switch closes the old provider's. */
    private void trackStart(Notice notice, Decision decision, NoticeKind kind, GrantSnapshot after, LocalDate switchFrom,
                            LocalDate today, Instant at) {
        Optional<GrantStart> open = notices.openStart(after.grantKey(), notice.providerId());
        switch (kind) {
            case NEW_GRANT -> {
                // help that started before it was decided (e.g. a back-dated decision) has no deadline ahead of it,
                // and one already past is no broken deadline
                if (switchFrom == null && after.start().isBefore(decision.decidedOn())) {
                    return;
                }
                StartDeadline deadline = deadline(decision.municipalityId(), after);
                LocalDate due = StartDeadlineRule.dueOn(after, deadline, decision.decidedOn(), today, calendar);
                LocalDate first = switchFrom != null ? switchFrom : after.start();
                notices.insertStart(notice, after.interventionName(), first, due.isBefore(first) ? first : due,
                        deadline == null ? null : deadline.quote(), at);
            }
            case SWITCH_IN -> notices.insertStart(notice, after.interventionName(), switchFrom, switchFrom,
                    "Skift af leverandør fra " + DanishText.date(switchFrom), at);
            // the start the old provider has not confirmed is closed: the new provider's start is tracked from the
            // switch, and the old one's would only turn "broken" for help the old provider no longer owes
            case SWITCH_OUT -> open.ifPresent(s -> {
                notices.cancelStart(s.id());
                startDeadlines.cancelled(s);
            });
            // a start not yet made moves with the grant's start; the standard's deadline stays
            case CHANGED_GRANT, STOPPED_GRANT -> open.filter(s -> !after.start().equals(s.grantStart()))
                    .ifPresent(s -> {
                        LocalDate dueOn = after.start().isAfter(s.dueOn()) ? after.start() : s.dueOn();
                        notices.moveStart(s.id(), after.start(), dueOn);
                        startDeadlines.moved(s, dueOn);
                    });
            default -> {
            }
        }
    }

    /** The start deadline of the catalogue the grant was checked against (in force on its start). */
    private StartDeadline deadline(int municipalityId, GrantSnapshot grant) {
        return catalogs.inForce(municipalityId, grant.start())
                .flatMap(c -> c.intervention(grant.interventionCode()).flatMap(i -> c.areaOf(i.code()).map(a -> a.startDeadlineFor(i))))
                .orElse(null);
    }

    private Decision stored(long decisionId) {
        // committed before the event was published; missing means something is badly wrong: fail, and retry
        return decisions.stored(decisionId)
                .orElseThrow(() -> new IllegalStateException("Decision " + decisionId + " not found"));
    }

    private Optional<Decision> current(int municipalityId, long citizenId, UUID grantKey) {
        return decisions.storedForCitizen(municipalityId, citizenId).stream()
                .filter(Decision::isCurrent).filter(d -> d.grant(grantKey).isPresent()).findFirst();
    }

    /** The day to ask who delivers: today, within the grant's period. */
    private static LocalDate within(LocalDate today, GrantSnapshot grant) {
        if (today.isBefore(grant.start())) {
            return grant.start();
        }
        return grant.end() != null && today.isAfter(grant.end()) ? grant.end() : today;
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(DanishTime.ZONE);
    }
}

package dk.omsorg.notice.internal;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.notice.GrantSnapshot;
import dk.omsorg.notice.NoticeKind;
import dk.omsorg.notice.NoticeRules;
import dk.omsorg.provider.Providers;
import dk.omsorg.shared.DanishTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Tells the provider, a number of days ahead, that a temporary grant ends (seed 002 "Midlertidig
 * indsats": the grant states its period; a continuation needs a new grant or an adjustment by the
 * caseworker). Runs every morning; a grant's end is notified once per provider and end date, so a run
 * again, or on another instance, writes nothing twice. A grant whose end is moved gets a new notice for
 * the new date.
 */
@Component
public class NotifyingTemporaryGrantEnds {

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final Providers providers;
    private final NoticeRepository notices;
    private final Clock clock;
    private final int daysAhead;

    NotifyingTemporaryGrantEnds(JdbcClient jdbc, Decisions decisions, Providers providers, NoticeRepository notices,
                                Clock clock, @Value("${omsorg.notice.temporary-end-days-ahead:7}") int daysAhead) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.providers = providers;
        this.notices = notices;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notice-temporary-ends", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${omsorg.notice.temporary-end-cron:0 0 6 * * *}", zone = "Europe/Copenhagen")
    public void everyMorning() {
        notifyEndsWithin(LocalDate.now(clock.withZone(DanishTime.ZONE)));
    }

    /** Writes the notices for current grants ending from {@code today} to {@code daysAhead} days on; how many. */
    @Transactional
    public int notifyEndsWithin(LocalDate today) {
        Instant now = Instant.now(clock);
        int written = 0;
        for (Ending ending : jdbc.sql("""
                        select g.decision_id, g.grant_key, g.end_on
                        from decision_grant g join decision d on d.id = g.decision_id
                        where d.status = 'CURRENT' and g.end_on between ? and ?""")
                .params(today, today.plusDays(daysAhead)).query(Ending.class).list()) {
            Decision decision = decisions.stored(ending.decisionId()).orElseThrow();
            Grant grant = decision.grant(ending.grantKey()).orElseThrow();
            var provider = providers.deliveringGrant(ending.grantKey(), ending.endOn());
            if (provider.isEmpty()) {
                continue;
            }
            GrantSnapshot snapshot = GrantSnapshot.of(grant);
            var notice = new NoticeRepository.NewNotice(decision.municipalityId(), decision.citizenId(),
                    provider.get().id(), NoticeKind.TEMPORARY_GRANT_ENDING,
                    "end:" + ending.grantKey() + ":" + ending.endOn(), decision.id(), null, snapshot,
                    NoticeRules.effectiveOn(NoticeKind.TEMPORARY_GRANT_ENDING, snapshot, decision.decidedOn(), null),
                    false, false, false, decision.createdBy());
            if (notices.insertToProvider(notice, now).isPresent()) {
                written++;
            }
        }
        return written;
    }

    record Ending(long decisionId, UUID grantKey, LocalDate endOn) {
    }
}

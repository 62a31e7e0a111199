package dk.omsorg.places.internal;

import dk.omsorg.places.ListRule;
import dk.omsorg.places.NursingHomeGuarantee;
import dk.omsorg.places.NursingHomeGuarantee.Deadline;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The leaders' task before a general-list entry's offer-by date (plejeboliggaranti, serviceloven § 192 a /
 * almenboligloven § 58 a): asked for {@code warnDays} (places.yaml) before the date while no offer has been made since
 * the guarantee's start, due on the offer-by date; done when an offer is made, cancelled when the entry leaves the
 * list. Runs every morning; place_guarantee_warning (V52) keeps one task per entry and guarantee start, so a run
 * again, or on another instance, asks for nothing twice. A declined offer restarts the guarantee: a new start, a new
 * task. No task for a specific list (the guarantee does not apply to it).
 */
@Component
public class GuaranteeTasks {

    static final TaskKind KIND = TaskKind.PLACE_GUARANTEE_DUE;
    /** The team leaders offer the places (seed 002: "Ved ledig bolig tilbyder teamleder …"). */
    static final String TEAM = "LEADER";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final NursingHomeGuarantee guarantee;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuaranteeTasks(JdbcClient jdbc, NursingHomeGuarantee guarantee, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.guarantee = guarantee;
        this.events = events;
        this.clock = clock;
    }

    @SchedulerLock(name = "places-guarantee-due", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${omsorg.places.guarantee-cron:0 20 6 * * *}", zone = "Europe/Copenhagen")
    public void everyMorning() {
        run(LocalDate.now(clock.withZone(DanishTime.ZONE)));
    }

    /** Asks for the tasks now due and closes those whose work is done; how many were asked for. */
    @Transactional
    public int run(LocalDate today) {
        Instant now = Instant.now(clock);
        closeDone(now);
        int asked = 0;
        for (int municipalityId : jdbc.sql("""
                select distinct municipality_id from place_list_entry
                where list = 'NURSING_HOME_GENERAL' and status in ('WAITING','OFFERED')""").query(Integer.class).list()) {
            ListRule.Guarantee g = guarantee.guarantee(municipalityId);
            if (g == null) {
                continue;
            }
            for (Deadline d : guarantee.deadlines(municipalityId, today)) {
                if (d.offeredOn() != null || today.isBefore(g.warnFrom(d.guaranteeFrom()))) {
                    continue;
                }
                int written = jdbc.sql("""
                                insert into place_guarantee_warning (municipality_id, entry_id, guarantee_from, offer_by, requested_at)
                                values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(municipalityId, d.entryId(), d.guaranteeFrom(), d.offerBy(), Timestamp.from(now)).update();
                if (written == 1) {
                    events.publishEvent(new TaskRequested(municipalityId, d.citizenId(), KIND,
                            subjectKey(d.entryId(), d.guaranteeFrom()),
                            "Plejeboliggaranti: tilbyd en plejebolig senest " + d.offerBy().format(DANISH_DATE),
                            "/places/guarantee", null, TEAM, d.offerBy()));
                    asked++;
                }
            }
        }
        return asked;
    }

    /**
     * Closes the open tasks of entries offered a place since the guarantee's start (done) or no longer on the list
     * (cancelled). The lists' offering may call it at once after an offer; the morning run catches the rest.
     */
    @Transactional
    public void closeDone(Instant now) {
        List<Object[]> open = jdbc.sql("""
                        select w.municipality_id, w.entry_id, w.guarantee_from,
                               exists (select 1 from place_offer o where o.entry_id = w.entry_id and o.status <> 'WITHDRAWN'
                                       and o.offered_on >= w.guarantee_from) as offered,
                               e.status in ('WAITING','OFFERED') and e.guarantee_from = w.guarantee_from as live
                        from place_guarantee_warning w join place_list_entry e on e.id = w.entry_id
                        where w.closed_at is null for update of w""")
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getBoolean(5)}).list();
        for (Object[] w : open) {
            boolean offered = (boolean) w[3];
            if (!offered && (boolean) w[4]) {
                continue;
            }
            int municipalityId = (int) w[0];
            String key = subjectKey((long) w[1], (LocalDate) w[2]);
            jdbc.sql("update place_guarantee_warning set closed_at = ?, closed_as = ? where entry_id = ? and guarantee_from = ?")
                    .params(Timestamp.from(now), offered ? "OFFERED" : "LEFT_LIST", w[1], w[2]).update();
            events.publishEvent(offered ? new TaskWorkDone(municipalityId, KIND, key, "system")
                    : new TaskWorkCancelled(municipalityId, KIND, key, "system"));
        }
    }

    static String subjectKey(long entryId, LocalDate guaranteeFrom) {
        return "place-guarantee:" + entryId + ":" + guaranteeFrom;
    }
}

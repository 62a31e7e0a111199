package dk.omsorg.places.internal;

import dk.omsorg.places.ListRule;
import dk.omsorg.places.PlaceListEntry;
import dk.omsorg.places.PlacePolicies;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The review task of a waiting-list entry (seed 002: the visitator keeps the list current): every morning, each live
 * entry not reviewed for its list's {@code reviewDays} (places.yaml) gets a task for the citizen's contact caseworker,
 * or the caseworkers' team. One task per entry and review date, so a review closes it and a later one opens a new
 * round; a run again writes nothing twice.
 */
@Component
public class ReviewTasks {

    static final String CASEWORKERS = "CASEWORKER";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final JdbcClient jdbc;
    private final PlacePolicies policies;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ReviewTasks(JdbcClient jdbc, PlacePolicies policies, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** "place-list-review:&lt;entry&gt;:&lt;reviewed on&gt;": one round per review date. */
    public static String subjectKey(long entryId, LocalDate reviewedOn) {
        return "place-list-review:" + entryId + ":" + reviewedOn;
    }

    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "place-list-review", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${omsorg.places.review-cron:0 15 6 * * *}", zone = "Europe/Copenhagen")
    public void everyMorning() {
        requestDue(LocalDate.now(clock.withZone(DanishTime.ZONE)));
    }

    /** Requests the review tasks due by {@code today}; how many. */
    @Transactional
    public int requestDue(LocalDate today) {
        int requested = 0;
        for (Due due : jdbc.sql("""
                        select e.id, e.municipality_id, e.citizen_id, e.list, e.reviewed_on, c.contact_caseworker
                        from place_list_entry e join citizen c on c.id = e.citizen_id
                        where e.status in ('WAITING','OFFERED') order by e.id""")
                .query(Due.class).list()) {
            Integer days = policies.forMunicipality(due.municipalityId())
                    .flatMap(p -> p.list(dk.omsorg.places.WaitingList.valueOf(due.list()))).map(ListRule::reviewDays).orElse(null);
            if (days == null || due.reviewedOn().plusDays(days).isAfter(today)) {
                continue;
            }
            events.publishEvent(new TaskRequested(due.municipalityId(), due.citizenId(), TaskKind.PLACE_LIST_REVIEW,
                    subjectKey(due.id(), due.reviewedOn()),
                    danish("place.task.review", danish("places.list." + due.list())),
                    "/places/entries/" + due.id(), due.contactCaseworker(), due.contactCaseworker() == null ? CASEWORKERS : null,
                    due.reviewedOn().plusDays(days)));
            requested++;
        }
        return requested;
    }

    /** The entry was reviewed (or its priority changed): the round of its last review date is done. */
    public void done(int municipalityId, PlaceListEntry entry, String by) {
        events.publishEvent(new TaskWorkDone(municipalityId, TaskKind.PLACE_LIST_REVIEW, subjectKey(entry.id(), entry.reviewedOn()), by));
    }

    /** The entry left the list: no review is needed any more. */
    public void cancelled(int municipalityId, PlaceListEntry entry, String by) {
        events.publishEvent(new TaskWorkCancelled(municipalityId, TaskKind.PLACE_LIST_REVIEW,
                subjectKey(entry.id(), entry.reviewedOn()), by));
    }

    /** The job runs outside a request: the task's title is written in Danish, whatever the server's locale. */
    private String danish(String key, Object... args) {
        return messages.getMessage(key, args, key, DANISH);
    }

    record Due(long id, int municipalityId, long citizenId, String list, LocalDate reviewedOn, String contactCaseworker) {
    }
}

package dk.omsorg.task;

import dk.omsorg.support.TestCitizens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Tasks for tests, made the way modules make them: by publishing the task events after a committed transaction and
 * waiting for the listener. Citizens are written directly (the task module knows citizens only by id and name).
 */
final class TaskTestData {

    static final int GREVE = 253;
    static final int ESBJERG = 561;
    static final Duration AT_MOST = Duration.ofSeconds(20);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    TaskTestData(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    static LocalDate today() {
        return LocalDate.now(dk.omsorg.shared.DanishTime.ZONE);
    }

    /** A new citizen of the municipality with a name no other test uses; its id. */
    long citizen(int municipalityId, String name) {
        String cpr = TestCitizens.newCpr();
        LocalDate birth = LocalDate.of(1940, Integer.parseInt(cpr.substring(2, 4)), Integer.parseInt(cpr.substring(0, 2)));
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, ?, ?, 'FEMALE', ?, 'test', ?, 'test', 0) returning id""")
                .params(municipalityId, cpr.replace("-", ""), name, birth, now, now)
                .query(Long.class).single();
    }

    /** A unique name: "<first> Opgavesen <n>". */
    static String uniqueName(String first) {
        return first + " Opgavesen " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String key(String what) {
        return what + ":" + UUID.randomUUID();
    }

    /** Publishes the event after a committed transaction and waits until every listener of it has completed. */
    void publish(Object event, String subjectKey) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null and serialized_event like ?""")
                .param("%\"" + subjectKey + "\"%").query(Long.class).single() == 0);
    }

    /** Requests a task owned by a user (or by a team when {@code ownerRole} is given) and waits for it; its id. */
    long request(int municipalityId, long citizenId, TaskKind kind, String subjectKey, String title, String ownerUser,
                 String ownerRole, LocalDate due) {
        publish(new TaskRequested(municipalityId, citizenId, kind, subjectKey, title, "/citizens/" + citizenId, ownerUser,
                ownerRole, due), subjectKey);
        return row(municipalityId, kind, subjectKey).get("id") instanceof Number n ? n.longValue() : -1;
    }

    long forUser(long citizenId, TaskKind kind, String ownerUser, LocalDate due) {
        return request(GREVE, citizenId, kind, key(kind.name().toLowerCase()), "Gør noget ved sagen", ownerUser, null, due);
    }

    /** The stored row, by key. */
    Map<String, Object> row(int municipalityId, TaskKind kind, String subjectKey) {
        return jdbc.sql("select * from task where municipality_id = ? and kind = ? and subject_key = ?")
                .params(municipalityId, kind.name(), subjectKey).query().singleRow();
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("select * from task where id = ?").param(id).query().singleRow();
    }
}

package dk.omsorg.task;

import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dk.omsorg.task.TaskTestData.GREVE;
import static org.assertj.core.api.Assertions.assertThat;

/** Mine opgaver over real HTTP: the start page, the table in Danish, filters without JavaScript, the forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskWebTest {

    /** Words of code or English that must not reach a reader of the page. */
    private static final List<String> NOT_FOR_PEOPLE = List.of("INQUIRY", "FOLLOW_UP", "PROVIDER_NOTICE", "OPEN", "DONE",
            "COORDINATOR", "CASEWORKER", "Task", "task", "Due", "Owner", "Overdue", "null", "team:", "user:", "??", "seed");
    private static final Pattern UNREAD = Pattern.compile("<script\\b.*?</script>|<style\\b.*?</style>|<head\\b.*?</head>",
            Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    TaskTestData data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        data = new TaskTestData(jdbc, events, transactions);
        today = TaskTestData.today();
    }

    @Test
    void aCaseworkerStartsInMineOpgaverWhichShowsTheTasksInDanishOverdueFirst() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        Page start = caseworker.get("/");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).endsWith("/tasks");

        String name = TaskTestData.uniqueName("Inger");
        long citizen = data.citizen(GREVE, name);
        long overdue = data.request(GREVE, citizen, TaskKind.INQUIRY, TaskTestData.key("inquiry"),
                "Vurdér og afgør henvendelsen", "visitator", null, today.minusDays(2));
        long later = data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today.plusDays(3));

        Page page = caseworker.get("/tasks?citizen=" + citizen);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Mine opgaver</h1>").contains("href=\"/tasks\"")
                .contains("hx-get=\"/tasks/counts\"")
                // the old queues stay in the menu
                .contains("href=\"/my-queue\"").contains("href=\"/follow-ups\"");
        assertThat(page.body().indexOf("id=\"task-" + overdue + "\"")).isLessThan(page.body().indexOf("id=\"task-" + later + "\""));
        assertThat(page.tag("task-" + overdue)).contains("overdue");
        assertThat(page.tag("task-" + later)).doesNotContain("overdue");
        String row = row(page, "task-" + overdue);
        assertThat(row).contains("Henvendelse").contains("Overskredet").contains(name)
                .contains("href=\"/citizens/" + citizen + "\"").contains("Vibeke Visitator")
                .contains(">Vurdér og afgør henvendelsen</a>");
        assertThat(row(page, "task-" + later)).contains("Opfølgning");
        // a caseworker neither chooses another's queue nor reassigns
        assertThat(page.body()).doesNotContain("name=\"to\"").doesNotContain("<select name=\"owner\"");
        assertNoWordsForCode(page);
    }

    @Test
    void theFiltersAreGetParametersAndWorkWithoutJavaScript() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        String name = TaskTestData.uniqueName("Frede");
        long citizen = data.citizen(GREVE, name);
        long inquiry = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today.minusDays(1));
        long followUp = data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today.minusDays(1));
        long notYet = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today.plusDays(30));
        String byName = URLEncoder.encode(name.toLowerCase(), StandardCharsets.UTF_8);

        Page filtered = caseworker.get("/tasks?kind=INQUIRY&due=overdue&citizen=" + byName);
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains("id=\"task-" + inquiry + "\"").doesNotContain("id=\"task-" + followUp + "\"")
                .doesNotContain("id=\"task-" + notYet + "\"")
                .contains("<option value=\"INQUIRY\" selected=\"selected\">Henvendelse</option>")
                .contains("<option value=\"overdue\" selected=\"selected\">Overskredet</option>");
        assertNoWordsForCode(filtered);

        Page bad = caseworker.get("/tasks?due=snart");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Fristen „snart“ kan ikke vælges.");
    }

    @Test
    void aCoordinatorSeesAColleaguesQueueAndReassignsAndTheCaseworkerClosesByHand() {
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Aase"));
        long id = data.forUser(citizen, TaskKind.PROVIDER_NOTICE, "visitator", today);
        WebSession coordinator = WebSession.logIn(port, "koordinator");

        Page queue = coordinator.get("/tasks?owner=user:visitator&citizen=" + citizen);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("<h1>Opgaver: Vibeke Visitator</h1>").contains("<select name=\"owner\"")
                .contains("Team: Koordinator").contains("id=\"task-" + id + "\"").contains("name=\"to\"")
                .contains("Advis fra leverandør");
        assertNoWordsForCode(queue);

        Page moved = coordinator.post("/tasks/" + id + "/reassign", List.of(Map.entry("to", "user:visitator2"),
                Map.entry("version", "0"), Map.entry("owner", "user:visitator"), Map.entry("citizen", String.valueOf(citizen))));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/tasks?owner=user:visitator&citizen=" + citizen);
        assertThat(coordinator.get("/tasks?owner=user:visitator&citizen=" + citizen).body())
                .contains("Opgaven er givet til Villads Visitator.").doesNotContain("id=\"task-" + id + "\"");
        Page abroad = coordinator.post("/tasks/" + id + "/reassign", List.of(Map.entry("to", "user:visitator-esbjerg"),
                Map.entry("version", "1")));
        assertThat(abroad.status()).isEqualTo(400);
        assertThat(abroad.body()).contains("Medarbejderen „visitator-esbjerg“ findes ikke i kommunen.");

        WebSession other = WebSession.logIn(port, "visitator2");
        assertThat(other.get("/tasks?citizen=" + citizen).body()).contains("id=\"task-" + id + "\"");
        Page closed = other.post("/tasks/" + id + "/close", List.of(Map.entry("version", "1")));
        assertThat(closed.status()).isEqualTo(302);
        assertThat(other.get("/tasks").body()).contains("Opgaven er markeret som udført.").doesNotContain("id=\"task-" + id + "\"");
        Page again = other.post("/tasks/" + id + "/close", List.of(Map.entry("version", "1")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Opgaven er allerede afsluttet.");

        assertThat(WebSession.logIn(port, "visitator").get("/tasks?owner=user:visitator2").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "leverandor-a").get("/tasks").status()).isEqualTo(403);
        // finance has a queue, its team's: it shows none of the caseworkers' tasks
        assertThat(WebSession.logIn(port, "okonomi").get("/tasks").body()).doesNotContain("id=\"task-" + id + "\"");
    }

    @Test
    void theMenuCountsTheOwnTasksPerKindAndTheCitizenOverviewLoadsTheCitizensOpenTasks() {
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Poul"));
        long id = data.forUser(citizen, TaskKind.TEMPORARY_GRANT_ENDING, "visitator2", today.minusDays(1));
        long team = data.request(GREVE, citizen, TaskKind.INQUIRY, TaskTestData.key("inquiry"), "Fordel henvendelsen",
                null, "COORDINATOR", today.plusDays(1));
        WebSession caseworker = WebSession.logIn(port, "visitator2");

        Page counts = caseworker.htmx("/tasks/counts");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body()).doesNotContain("<html").contains("id=\"task-count-total\"")
                .contains("href=\"/tasks?kind=TEMPORARY_GRANT_ENDING\"").contains("Midlertidig bevilling udløber ");
        assertNoWordsForCode(counts);

        Page section = caseworker.htmx("/citizens/" + citizen + "/tasks");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).doesNotContain("<html").contains("id=\"citizen-task-" + id + "\"")
                .contains("id=\"citizen-task-" + team + "\"").contains("Overskredet").contains("Team: Koordinator")
                .contains("Villads Visitator");
        assertNoWordsForCode(section);
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'task' and action = 'READ' and username = 'visitator2'")
                .param(citizen).query(Long.class).single()).isEqualTo(1);
        assertThat(caseworker.get("/citizens/" + citizen + "/tasks").body()).contains("<html").contains("Åbne opgaver");
        // another municipality's citizen is as one that does not exist
        assertThat(WebSession.logIn(port, "visitator-esbjerg").htmx("/citizens/" + citizen + "/tasks").status()).isEqualTo(404);
    }

    /** What a person reads on the page (text and shown attributes) holds no code words and no English. */
    private static void assertNoWordsForCode(Page page) {
        String html = UNREAD.matcher(page.body()).replaceAll(" ");
        String text = html.replaceAll("<[^>]*>", "\n");
        for (String word : NOT_FOR_PEOPLE) {
            assertThat(Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(word) + "(?![\\p{L}_])").matcher(text).find())
                    .as("\"" + word + "\" in the text of the page").isFalse();
        }
    }

    private static String row(Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row #" + id).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }
}

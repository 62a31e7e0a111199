package dk.omsorg.places;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed 002 "Plejeboliger": after a nursing-home move-in the caseworker gets a task for the decision on help, due
 * 6 weeks after the move-in with the 3–6 week window in its title; a temporary stay gives none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpDecisionTaskTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StayBooking booking;

    @Test
    void aNursingHomeMoveInGivesTheCaseworkerATaskForTheDecisionOnHelp() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long citizen = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long stay = booking.plan(new StayBooking.Booking(253, citizen, "plejecenter-hundige", 7, today.plusDays(3), null,
                null, null), "visitator");
        var in = caseworker.post("/api/v1/stays/" + stay + "/move-in", json(map("version", 0, "on", today.plusDays(4).toString())));
        assertThat(in.status()).as(in.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> tasks(citizen) == 1);
        Map<String, Object> task = jdbc.sql("""
                        select title, due_on, owner_user, owner_role, link from task
                        where citizen_id = ? and kind = 'PLACE_HELP_DECISION'""").param(citizen).query().singleRow();
        LocalDate moveIn = today.plusDays(4);
        assertThat(task.get("due_on").toString()).isEqualTo(moveIn.plusWeeks(6).toString());
        assertThat((String) task.get("title")).contains("3–6 uger efter indflytningen")
                .contains(dk.omsorg.catalog.DanishText.date(moveIn.plusWeeks(3)))
                .contains(dk.omsorg.catalog.DanishText.date(moveIn.plusWeeks(6)));
        String contact = jdbc.sql("select coalesce(contact_caseworker, '') from citizen where id = ?").param(citizen)
                .query(String.class).single();
        if (!contact.isEmpty()) {
            assertThat(task.get("owner_user")).isEqualTo(contact);
        } else {
            assertThat(task.get("owner_role")).isEqualTo("CASEWORKER");
        }
        assertThat(task.get("link")).isEqualTo("/citizens/" + citizen + "/stays");
        assertThat(jdbc.sql("select count(*) from place_stay where id = ? and absence_id is not null").param(stay)
                .query(Long.class).single()).as("a nursing home does not pause home care as a temporary stay").isZero();
    }

    @Test
    void aTemporaryStayMoveInGivesNoSuchTask() throws InterruptedException {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long citizen = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long stay = booking.plan(new StayBooking.Booking(253, citizen, "midlertidig-greve", 8, today.plusDays(3),
                today.plusDays(10), null, null), "visitator");
        assertThat(caseworker.post("/api/v1/stays/" + stay + "/move-in", json(map("version", 0, "on", today.plusDays(3).toString())))
                .status()).isEqualTo(200);
        Thread.sleep(1000);
        assertThat(tasks(citizen)).isZero();
    }

    private long tasks(long citizen) {
        return jdbc.sql("select count(*) from task where citizen_id = ? and kind = 'PLACE_HELP_DECISION'").param(citizen)
                .query(Long.class).single();
    }
}

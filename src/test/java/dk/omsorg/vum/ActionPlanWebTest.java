package dk.omsorg.vum;

import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handleplan in the browser (issue 16, serviceloven § 141): the caseworker writes a plan with a measurable goal
 * and a review date from the citizen's VUM section; a goal without text is refused in Danish with what was typed,
 * and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionPlanWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandleplanIsWrittenInTheFormAndShownInTheVumSection() {
        long citizenId = VumTestData.citizen(jdbc, VumTestData.IKAST_BRANDE);
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        assertThat(caseworker.htmx("/citizens/" + citizenId + "/vum").body()).contains("id=\"new-action-plan\"");
        assertThat(caseworker.get("/citizens/" + citizenId + "/action-plans/new").body()).contains("id=\"action-plan-form\"");
        LocalDate in3Months = LocalDate.now().plusMonths(3);

        WebSession.Page refused = caseworker.post("/citizens/" + citizenId + "/action-plans", List.of(
                Map.entry("course", "Socialpædagogisk støtte"), Map.entry("goals[0].text", ""),
                Map.entry("goals[0].measure", "Antal ture i ugen"), Map.entry("goals[0].expectedBy", in3Months.toString())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"plan-errors\"", "value=\"Antal ture i ugen\"");
        assertThat(plans(citizenId)).isZero();

        WebSession.Page saved = caseworker.post("/citizens/" + citizenId + "/action-plans", List.of(
                Map.entry("course", "Socialpædagogisk støtte"), Map.entry("goals[0].text", "Handler selv ind en gang om ugen"),
                Map.entry("goals[0].measure", "Antal ture i ugen"), Map.entry("goals[0].expectedBy", in3Months.toString()),
                Map.entry("reviewDates[0]", LocalDate.now().plusMonths(1).toString()),
                Map.entry("offeredOn", LocalDate.now().toString()), Map.entry("response", "ACCEPTED"),
                Map.entry("respondedOn", LocalDate.now().toString())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(plans(citizenId)).isEqualTo(1);
        assertThat(caseworker.htmx("/citizens/" + citizenId + "/vum").body())
                .contains("Handler selv ind en gang om ugen", "Accepteret");
    }

    private long plans(long citizenId) {
        return jdbc.sql("select count(*) from action_plan where citizen_id = ?").param(citizenId).query(Long.class).single();
    }
}

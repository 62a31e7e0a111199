package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision form for a grant in money (seed 001 § 100): the amount is typed in Danish, the period select's value is
 * ignored, the decision page shows what is granted and no minutes; a minutes field on it is an error beside the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantMeasureWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long[] applicant() {
        String cpr = "0507%02d-2%03d".formatted(88, (int) (System.nanoTime() % 1000));
        Response inquiry = ApiClient.as(port, "visitator-ikast").post("/api/v1/inquiries", json(map("cprNumber", cpr,
                "citizenName", "Form Frida Ørsted", "address", "Østergade 6, 7430 Ikast", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Ansøgning", "legalBasis", "SEL § 100", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new long[]{inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong()};
    }

    private static List<Map.Entry<String, String>> allowance(long inquiryId, String minutes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("inquiryId", String.valueOf(inquiryId)));
        fields.add(Map.entry("appliedFor", "Merudgifter"));
        fields.add(Map.entry("grants[0].interventionCode", "merudgiftsydelse"));
        fields.add(Map.entry("grants[0].per", "WEEK"));
        fields.add(Map.entry("grants[0].minutes", minutes));
        fields.add(Map.entry("grants[0].amount", "1.179,00"));
        fields.add(Map.entry("grants[0].start", DecisionTestData.today().toString()));
        fields.add(Map.entry("grants[0].overrideReason", "Konkret vurdering."));
        return fields;
    }

    @Test
    void anAmountIsTypedInTheFormAndShownWithoutMinutes() {
        long[] a = applicant();
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + a[0] + "/decisions";
        Page form = caseworker.get(path + "/new?inquiryId=" + a[1]);
        assertThat(form.tag("grant-0-amount")).isNotEmpty();

        Page refused = caseworker.post(path, allowance(a[1], "30"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("bevilges som et beløb: angiv ikke minutter pr. levering");

        // the § 100 amount is the calculation's (1.500 kr. diet less 200 kr. → 1.179 kr.)
        dk.omsorg.additionalcosts.AdditionalCostsFixtures.calculate(dk.omsorg.support.ApiClient.as(port, "visitator-ikast"), a[0],
                DecisionTestData.today());
        Page saved = caseworker.post(path, allowance(a[1], ""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page decision = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(decision.body()).contains("1.179,00 kr. om måneden");
        assertThat(jdbc.sql("select g.amount_ore from decision_grant g join decision d on d.id = g.decision_id where d.citizen_id = ?")
                .param(a[0]).query(Long.class).single()).isEqualTo(117_900L);
    }
}

package dk.omsorg.audit;

import tools.jackson.databind.JsonNode;
import dk.omsorg.inquiry.InquiryApiTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's audit log reads as Danish: users by full name, what was read by its Danish name (never the
 * stored code such as "grant-start #16"), 50 events a page with next and previous — on the page and in the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLogShowsFullNamesAndDanishNamesOfWhatWasReadFiftyAPage() {
        String cpr = TestCitizens.newCpr();
        long citizenId = ApiClient.as(port, "koordinator").post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(cpr))
                .json().get("citizenId").asLong();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        for (int i = 0; i < 55; i++) {
            assertThat(caseworker.get("/api/v1/citizens/" + citizenId).status()).isEqualTo(200);
        }
        // events whose codes no person should read: a provider's start confirmation, and a code without a name
        jdbc.sql("""
                insert into audit_event (occurred_at, username, role, municipality_id, citizen_id, action, resource, resource_id)
                values (now() + interval '1 minute', 'leverandor-a', 'PROVIDER', 253, ?, 'UPDATE', 'grant-start', '16'),
                       (now() + interval '2 minutes', 'system', 'CASEWORKER', 253, ?, 'READ', 'some-new-code', null)""")
                .params(citizenId, citizenId).update();

        WebSession leader = WebSession.logIn(port, "leder");
        WebSession.Page first = leader.get("/audit?cprNumber=" + cpr);
        assertThat(first.status()).isEqualTo(200);
        String table = first.body().substring(first.body().indexOf("id=\"audit-events\""));
        assertThat(first.count("<tr>") - 1).as("rows on the first page").isEqualTo(50);
        assertThat(table).contains("Vibeke Visitator", "Borgeroplysninger", "Anna Leverandør (Solsikken)",
                        "Opstart af bevilling nr. 16", "Andre oplysninger", "Systemet (automatisk)")
                .doesNotContain("grant-start", "some-new-code", ">visitator<", "#16")
                // the citizen's own id says nothing the citizen column does not
                .doesNotContain("Borgeroplysninger nr.");
        assertThat(first.body()).contains("id=\"audit-next\"").doesNotContain("id=\"audit-previous\"");

        WebSession.Page second = leader.get("/audit?cprNumber=" + cpr + "&page=1");
        // 55 reads + the coordinator's creations + the two above: at least 7 on the second page
        assertThat(second.count("<tr>") - 1).isBetween(7, 50);
        assertThat(second.body()).contains("id=\"audit-previous\"", "Kirsten Koordinator", "Side 2");

        WebSession.Page byName = leader.get("/audit?cprNumber=" + cpr + "&username=Vibeke+Visitator&page=1");
        assertThat(byName.count("<tr>") - 1).as("55 reads by name: 5 on page 2").isEqualTo(5);

        JsonNode api = ApiClient.as(port, "leder").get("/api/v1/audit-events?cprNumber=" + cpr + "&size=20&page=0").json();
        assertThat(api.get("events")).hasSize(20);
        assertThat(api.get("hasNext").asBoolean()).isTrue();
        assertThat(api.get("events").get(0).get("resourceName").asText()).isEqualTo("Andre oplysninger");
        assertThat(api.get("events").get(1).get("userName").asText()).isEqualTo("Anna Leverandør (Solsikken)");
        JsonNode last = ApiClient.as(port, "leder").get("/api/v1/audit-events?cprNumber=" + cpr + "&size=20&page=2").json();
        assertThat(last.get("hasNext").asBoolean()).isFalse();
        assertThat(last.get("page").asInt()).isEqualTo(2);
    }
}

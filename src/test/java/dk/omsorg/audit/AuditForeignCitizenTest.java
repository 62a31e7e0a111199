package dk.omsorg.audit;

import dk.omsorg.inquiry.InquiryApiTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a Greve caseworker's refused look-up of an Esbjerg citizen is audited in Greve, but neither the
 * row nor the Greve leader's audit log (page or API) names the Esbjerg citizen — no name, CPR or id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditForeignCitizenTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedLookUpOfAnotherMunicipalitysCitizenNamesNoOneInTheCallersLog() {
        String cpr = TestCitizens.newCpr();
        String name = "Esbjergborger " + letters();
        long citizenId = ApiClient.as(port, "koordinator-esbjerg")
                .post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(cpr).replace("Test Borger", name))
                .json().get("citizenId").asLong();

        assertThat(ApiClient.as(port, "visitator").get("/api/v1/citizens/" + citizenId).status()).isIn(403, 404);
        assertThat(WebSession.logIn(port, "visitator").get("/citizens/" + citizenId).status()).isIn(403, 404);

        // the refusals are audited in Greve, without the citizen
        var rows = jdbc.sql("""
                        select citizen_id, resource_id, detail from audit_event
                        where username = 'visitator' and action = 'ACCESS_DENIED' order by id desc limit 2""")
                .query((rs, n) -> new Object[]{rs.getObject("citizen_id"), rs.getString("resource_id"), rs.getString("detail")})
                .list();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row[0]).as("citizen id").isNull();
            assertThat(row[1]).as("resource id").isNull();
            assertThat((String) row[2]).isEqualTo("borger i en anden kommune");
        });

        String page = WebSession.logIn(port, "leder").get("/audit?action=ACCESS_DENIED&size=500").body();
        assertThat(page).contains("borger i en anden kommune")
                .doesNotContain(name, cpr, cpr.substring(0, 6) + "-" + cpr.substring(6), "nr. " + citizenId);
        String api = ApiClient.as(port, "leder").get("/api/v1/audit-events?action=ACCESS_DENIED&size=500").body();
        assertThat(api).doesNotContain(name, cpr, "\"citizenId\":" + citizenId, "\"resourceId\":\"" + citizenId + "\"");
    }

    @Test
    void anOldRowNamingAnotherMunicipalitysCitizenIsShownWithoutTheCitizen() {
        String cpr = TestCitizens.newCpr();
        String name = "Esbjergborger " + letters();
        long citizenId = ApiClient.as(port, "koordinator-esbjerg")
                .post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(cpr).replace("Test Borger", name))
                .json().get("citizenId").asLong();
        // as the system wrote refusals before issue 14: Greve's row naming the Esbjerg citizen
        jdbc.sql("""
                insert into audit_event (occurred_at, username, role, municipality_id, citizen_id, action, resource, resource_id)
                values (now(), 'visitator', 'CASEWORKER', 253, ?, 'ACCESS_DENIED', 'citizen', ?)""")
                .params(citizenId, String.valueOf(citizenId)).update();

        String page = WebSession.logIn(port, "leder").get("/audit?action=ACCESS_DENIED&size=500").body();
        assertThat(page).doesNotContain(name, cpr.substring(0, 6) + "-" + cpr.substring(6), "nr. " + citizenId);
        String api = ApiClient.as(port, "leder").get("/api/v1/audit-events?action=ACCESS_DENIED&size=500").body();
        assertThat(api).doesNotContain(name, cpr, "\"citizenId\":" + citizenId, "\"resourceId\":\"" + citizenId + "\"");
    }

    /** Six random letters a–p (a name without digits; a UUID's letters alone are sometimes fewer than six). */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}

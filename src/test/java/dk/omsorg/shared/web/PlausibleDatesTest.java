package dk.omsorg.shared.web;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a moment in the API (an inquiry's receipt) and a date typed into a page's form or query are held to the
 * same window as the API's dates — year 0, 1850, 9999 and +10000 are refused in Danish, naming the field, and
 * nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlausibleDatesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInquiryReceivedInAnImplausibleYearIsRefusedByTheApi() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        for (String receivedAt : List.of("0000-01-06T10:00:00+01:00", "1850-01-06T10:00:00+01:00",
                "9999-01-06T10:00:00+01:00", "+10000-01-06T10:00:00+01:00")) {
            long before = inquiries();
            var response = coordinator.post("/api/v1/inquiries", """
                    {"cprNumber": "%s", "citizenName": "Test Borger", "source": "CITIZEN", "receivedAt": "%s",
                     "request": "Hjælp til rengøring", "legalBasis": "SEL § 83", "priority": "NORMAL"}"""
                    .formatted(TestCitizens.newCpr(), receivedAt));
            assertThat(response.status()).as(receivedAt).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("receivedAt");
            assertThat(response.json().get("detail").asText()).contains("mellem år 1900");
            assertThat(inquiries()).as(receivedAt).isEqualTo(before);
        }
    }

    @Test
    void aFormDateInAnImplausibleYearIsAFieldErrorAndStoresNothing() {
        WebSession coordinator = WebSession.logIn(port, "koordinator");
        coordinator.get("/inquiries/new");
        for (String receivedAt : List.of("0000-01-06T10:00", "1850-01-06T10:00", "9999-01-06T10:00")) {
            long before = inquiries();
            var page = coordinator.post("/inquiries", List.of(Map.entry("cprNumber", TestCitizens.newCpr()),
                    Map.entry("citizenName", "Test Borger"), Map.entry("source", "CITIZEN"), Map.entry("receivedAt", receivedAt),
                    Map.entry("request", "Hjælp til rengøring"), Map.entry("legalBasis", "SEL § 83"),
                    Map.entry("consent", "NOT_RECORDED"), Map.entry("priority", "NORMAL")));
            assertThat(page.status()).as(receivedAt).isEqualTo(200);
            assertThat(page.body()).contains("Tidspunktet skal skrives som en gyldig dato og et klokkeslæt mellem år 1900");
            assertThat(inquiries()).as(receivedAt).isEqualTo(before);
        }
    }

    @Test
    void aQueryDateInAnImplausibleYearGetsTheDanishErrorPage() {
        WebSession leader = WebSession.logIn(port, "leder");
        var page = leader.get("/audit?from=9999-01-01");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"da\"").doesNotContain("Bad Request", "Failed to convert");
        assertThat(leader.get("/audit?from=2026-01-01").status()).isEqualTo(200);
    }

    private long inquiries() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}

package dk.omsorg.hospital;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.hospital.MedComMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff see the hospital notifications, those needing a look first, in Danish, and mark them as checked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HospitalMessagesPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageOutOfOrderIsListedFirstUntilACaseworkerHasCheckedIt() {
        String cpr = TestCitizens.newCpr();
        HospitalTestCitizens.insert(jdbc, 253, cpr, "Grete Sygehusdottir", "FEMALE", LocalDate.of(1940, 1, 1));
        String episode = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        post(message(cpr, episode).activity("admit-inpatient", null).period(start, null).build().json());
        MedComMessages.Message early = message(cpr, UUID.randomUUID().toString())
                .activity("discharge-inpatient-home", UUID.randomUUID().toString()).period(start, start.plusDays(3)).build();
        post(early.json());
        long id = jdbc.sql("select id from hospital_message where message_id = ?").param(early.messageId()).query(Long.class).single();

        WebSession caseworker = WebSession.logIn(port, "visitator");
        WebSession.Page list = caseworker.get("/hospital-messages?attention=true");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Grete Sygehusdottir", "Slut sygehusophold – udskrevet til hjemmet",
                "Kom i forkert rækkefølge").doesNotContain("discharge-inpatient-home").doesNotContain("OUT_OF_ORDER");
        WebSession.Page page = caseworker.get("/hospital-messages/" + id);
        assertThat(page.body()).contains("Udskrivelsen kom, før sygehuset havde meldt borgeren indlagt.", "Markér som kontrolleret");

        assertThat(caseworker.post("/hospital-messages/" + id + "/handled", List.of()).status()).isEqualTo(302);
        assertThat(caseworker.get("/hospital-messages/" + id).body()).doesNotContain("Markér som kontrolleret").contains("Kontrolleret");
        assertThat(caseworker.get("/hospital-messages?attention=true").body()).doesNotContain("hospital-message-" + id);
        assertThat(caseworker.post("/hospital-messages/" + id + "/handled", List.of()).status()).isEqualTo(409);
    }

    @Test
    void providersAndTheHospitalsClientDoNotSeeThePage() {
        assertThat(WebSession.logIn(port, "hjemmeplejen").get("/hospital-messages").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "sygehus-greve").get("/hospital-messages").status()).isEqualTo(403);
    }

    private void post(String json) {
        assertThat(ApiClient.as(port, "sygehus-greve").post("/api/v1/fhir/hospital-notifications", "application/fhir+json",
                json.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }
}

package dk.omsorg.citizen;

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

import static dk.omsorg.citizen.ContactApiTest.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** The contacts section and summary as the citizen page loads them, and the inquiry form's applicant choice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSectionAddsAContactWithoutJavaScriptAndTheSummaryListsThoseToContact() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Web Borger", "Webvej 1, 2670 Greve");
        WebSession web = WebSession.logIn(port, "visitator");

        var fragment = web.htmx("/citizens/" + citizenId + "/contacts");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"contacts-section\"").doesNotContain("<html");
        assertThat(web.get("/citizens/" + citizenId + "/contacts").body()).contains("<html", "Pårørende og kontakter");

        var added = web.post("/citizens/" + citizenId + "/contacts", List.of(Map.entry("name", "Mette Nabo"),
                Map.entry("relation", "CONTACT_PERSON"), Map.entry("phone", "40 50 60 70"), Map.entry("contactMe", "true"),
                Map.entry("consent", "ORAL")));
        assertThat(added.status()).isEqualTo(302);
        var page = web.get(added.location());
        assertThat(page.body()).contains("Kontakten Mette Nabo er tilføjet.", "Kontaktperson");

        var summary = web.htmx("/citizens/" + citizenId + "/contacts/summary");
        assertThat(summary.body()).contains("Mette Nabo", "Kontaktperson", "40 50 60 70");
    }

    @Test
    void aContactWithoutANameIsRefusedBesideTheFieldAndNothingIsStored() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Tom Navn", "Tomvej 1, 2670 Greve");
        WebSession web = WebSession.logIn(port, "visitator");
        web.get("/citizens/" + citizenId + "/contacts");

        var refused = web.post("/citizens/" + citizenId + "/contacts", List.of(Map.entry("name", " "),
                Map.entry("relation", "RELATIVE"), Map.entry("email", "ikke en adresse")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\"", "Navn skal udfyldes.", "id=\"email-error\"",
                "E-mailadressen »ikke en adresse« er ikke gyldig.");
        assertThat(jdbc.sql("select count(*) from citizen_contact where citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theInquiryFormOffersTheCitizensContactsAndRegistersThePickedOne() {
        String cpr = TestCitizens.newCpr();
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        long citizenId = coordinator.post("/api/v1/inquiries", """
                {"cprNumber": "%s", "citizenName": "Form Borger", "address": "Formvej 1, 2670 Greve", "source": "CITIZEN",
                 "receivedAt": "2025-01-06T10:00:00+01:00", "request": "Hjælp", "legalBasis": "SEL § 83",
                 "priority": "NORMAL"}""".formatted(cpr)).json().get("citizenId").asLong();
        long contactId = coordinator.post("/api/v1/citizens/" + citizenId + "/contacts",
                "{\"name\": \"Hans Værge\", \"relation\": \"GUARDIAN\", \"consent\": \"WRITTEN\"}").json().get("id").asLong();
        WebSession web = WebSession.logIn(port, "koordinator");

        var choice = web.htmx("/inquiries/new/applicants?cprNumber=" + cpr);
        assertThat(choice.body()).contains("id=\"applicantContactId\"", "Hans Værge (Værge)");
        var form = web.get("/inquiries/new?cprNumber=" + cpr);
        assertThat(form.body()).contains("Hans Værge (Værge)");

        var registered = web.post("/inquiries", List.of(Map.entry("cprNumber", cpr), Map.entry("source", "CITIZEN"),
                Map.entry("applicantContactId", String.valueOf(contactId)), Map.entry("receivedAt", "2025-02-03T09:00"),
                Map.entry("request", "Hjælp til indkøb"), Map.entry("legalBasis", "SEL § 83"),
                Map.entry("consent", "GIVEN_IN_WRITING"), Map.entry("priority", "NORMAL")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        var row = jdbc.sql("select source, source_name, applicant_contact_id from inquiry where citizen_id = ? and request = ?")
                .params(citizenId, "Hjælp til indkøb").query().singleRow();
        assertThat(row).containsEntry("source", "RELATIVE").containsEntry("source_name", "Hans Værge")
                .containsEntry("applicant_contact_id", contactId);
    }
}

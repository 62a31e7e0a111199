package dk.omsorg.inquiry;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The inquiry's applicant picked from the citizen's contacts, or added as a new one (issue 15). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InquiryApplicantApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient coordinator;

    @BeforeEach
    void clients() {
        coordinator = ApiClient.as(port, "koordinator");
    }

    private static String inquiry(String cpr, String source, String sourceName, String consent, String applicant) {
        return """
                {"cprNumber": "%s", "citizenName": "Ansøger Borger", "address": "Ansøgervej 1, 2670 Greve",
                 "source": "%s", "sourceName": %s, "receivedAt": "2025-01-06T10:00:00+01:00",
                 "request": "Hjælp til rengøring", "legalBasis": "SEL § 83", "consent": %s, "priority": "NORMAL"%s}"""
                .formatted(cpr, source, sourceName == null ? "null" : "\"" + sourceName + "\"",
                        consent == null ? "null" : "\"" + consent + "\"", applicant);
    }

    private long contacts(long citizenId) {
        return jdbc.sql("select count(*) from citizen_contact where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Test
    void theApplicantIsPickedFromTheCitizensContactsAndItsNameKeptAsItWas() {
        String cpr = TestCitizens.newCpr();
        long citizenId = coordinator.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, null, ""))
                .json().get("citizenId").asLong();
        long contactId = coordinator.post("/api/v1/citizens/" + citizenId + "/contacts",
                "{\"name\": \"Lone Datter\", \"relation\": \"RELATIVE\", \"contactMe\": true, \"consent\": \"ORAL\"}")
                .json().get("id").asLong();

        var picked = coordinator.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, "GIVEN_ORALLY",
                ", \"applicantContactId\": " + contactId));
        assertThat(picked.status()).as(picked.body()).isEqualTo(201);
        JsonNode body = picked.json();
        assertThat(body.get("source").asText()).isEqualTo("RELATIVE");
        assertThat(body.get("sourceName").asText()).isEqualTo("Lone Datter");
        assertThat(body.get("applicantContactId").asLong()).isEqualTo(contactId);

        // the contact renamed later: the inquiry keeps the name it was made with
        int version = coordinator.get("/api/v1/citizens/" + citizenId + "/contacts").json().get(0).get("version").asInt();
        coordinator.put("/api/v1/citizens/" + citizenId + "/contacts/" + contactId,
                "{\"name\": \"Lone Jensen\", \"relation\": \"RELATIVE\", \"version\": " + version + "}");
        assertThat(coordinator.get("/api/v1/inquiries/" + body.get("id").asLong()).json().get("sourceName").asText())
                .isEqualTo("Lone Datter");
    }

    @Test
    void anotherCitizensContactIsRefusedAndNothingIsStored() {
        String cpr = TestCitizens.newCpr();
        long citizenId = coordinator.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, null, ""))
                .json().get("citizenId").asLong();
        long otherCitizen = coordinator.post("/api/v1/inquiries", inquiry(TestCitizens.newCpr(), "CITIZEN", null, null, ""))
                .json().get("citizenId").asLong();
        long strangers = coordinator.post("/api/v1/citizens/" + otherCitizen + "/contacts",
                "{\"name\": \"Fremmed\", \"relation\": \"RELATIVE\"}").json().get("id").asLong();
        long before = jdbc.sql("select count(*) from inquiry where citizen_id = ?").param(citizenId).query(Long.class).single();

        var refused = coordinator.post("/api/v1/inquiries", inquiry(cpr, "RELATIVE", null, "GIVEN_ORALLY",
                ", \"applicantContactId\": " + strangers));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("applicantContactId");
        assertThat(jdbc.sql("select count(*) from inquiry where citizen_id = ?").param(citizenId).query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aNewApplicantIsAddedAsAContactInTheSameTransaction() {
        String cpr = TestCitizens.newCpr();
        var added = coordinator.post("/api/v1/inquiries", inquiry(cpr, "RELATIVE", "Søren Søn", "GIVEN_IN_WRITING",
                ", \"addApplicantAsContact\": true, \"applicantRelation\": \"POWER_OF_ATTORNEY\", \"applicantPhone\": \"22 33 44 55\""));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long citizenId = added.json().get("citizenId").asLong();
        JsonNode contact = coordinator.get("/api/v1/citizens/" + citizenId + "/contacts").json().get(0);
        assertThat(contact.get("name").asText()).isEqualTo("Søren Søn");
        assertThat(contact.get("relation").asText()).isEqualTo("POWER_OF_ATTORNEY");
        assertThat(contact.get("phone").asText()).isEqualTo("22 33 44 55");
        assertThat(contact.get("consent").asText()).isEqualTo("WRITTEN");
        assertThat(added.json().get("applicantContactId").asLong()).isEqualTo(contact.get("id").asLong());

        // refused for want of consent: neither the inquiry nor the new contact is stored
        var refused = coordinator.post("/api/v1/inquiries", inquiry(cpr, "RELATIVE", "Sofie Svigerdatter", null,
                ", \"addApplicantAsContact\": true"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("consent");
        assertThat(contacts(citizenId)).isEqualTo(1);

        var noName = coordinator.post("/api/v1/inquiries", inquiry(cpr, "RELATIVE", null, "GIVEN_ORALLY",
                ", \"addApplicantAsContact\": true"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("sourceName");
        assertThat(contacts(citizenId)).isEqualTo(1);
    }
}

package dk.omsorg.klgateway;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KL Gateway delivery report API over real HTTP: the municipality's NDJSON file (one Bundle a line, every line
 * parsing back with HAPI, every citizen audited), who may ask for it, and bad periods.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryReportApiTest {

    static final String REPORT = "/api/v1/kl-gateway/delivery-report";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FhirContext fhir;

    KlGatewayFixture citizen;

    @BeforeEach
    void setUp() {
        citizen = new KlGatewayFixture(ApiClient.as(port, "visitator"), jdbc);
    }

    @Test
    void theMunicipalityFileHasOneParsableBundlePerCitizenWithCareAndAnAuditLineForEach() {
        long auditBefore = lastAuditId();

        ApiClient.Download file = ApiClient.as(port, "leder").download(REPORT + "?" + citizen.period());

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/fhir+ndjson");
        assertThat(file.contentDisposition()).contains("attachment", "kl-gateway-leverancerapport-253-" + citizen.from);
        List<String> lines = Arrays.stream(new String(file.body(), StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        List<Bundle> bundles = lines.stream().map(l -> fhir.newJsonParser().parseResource(Bundle.class, l)).toList();
        assertThat(bundles).allSatisfy(b -> {
            assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            Patient p = (Patient) b.getEntryFirstRep().getResource();
            assertThat(p.getManagingOrganization().getIdentifier().getValue()).endsWith("253");   // Greve's only
        });
        assertThat(bundles).filteredOn(b -> ((Patient) b.getEntryFirstRep().getResource()).getIdentifierFirstRep()
                .getValue().equals(citizen.cpr)).singleElement()
                .satisfies(b -> assertThat(b.getEntry()).hasSize(1 + 2 + 1 + 1 + 3 + 1));
        // one audit line per citizen reported, naming the period
        assertThat(jdbc.sql("""
                        select count(distinct citizen_id) from audit_event
                        where id > ? and resource = 'kl-gateway-delivery-report' and username = 'leder' and resource_id = ?""")
                .params(auditBefore, citizen.from + "/" + citizen.to).query(Long.class).single()).isEqualTo(lines.size());
    }

    @Test
    void providersAndCaseworkersMayNotAskForIt() {
        for (String user : List.of("leverandor-a", "visitator", "koordinator")) {
            assertThat(ApiClient.as(port, user).get(REPORT + "?" + citizen.period()).status()).as(user).isEqualTo(403);
            assertThat(ApiClient.as(port, user).get(REPORT + "/citizens/" + citizen.citizenId + "?" + citizen.period())
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(audited()).isZero();
    }

    @Test
    void aBadPeriodIsADanishErrorByFieldAndNothingIsReported() {
        ApiClient finance = ApiClient.as(port, "okonomi");

        ApiClient.Response missing = finance.get(REPORT + "?to=" + citizen.to);
        ApiClient.Response invalid = finance.get(REPORT + "?from=31-10-2025&to=" + citizen.to);
        ApiClient.Response reversed = finance.get(REPORT + "/citizens/" + citizen.citizenId + "?from=" + citizen.to
                + "&to=" + citizen.from);
        ApiClient.Response tooLong = finance.get(REPORT + "?from=" + citizen.from + "&to=" + citizen.from.plusYears(2));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(missing.json().get("detail").asString()).isEqualTo("Angiv periodens første dag (fra).");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("detail").asString()).contains("\"31-10-2025\" er ikke en gyldig dato");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(reversed.json().get("detail").asString()).startsWith("Periodens sidste dag");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).isEqualTo("Perioden må højst være 366 dage.");
        assertThat(audited()).isZero();
    }

    @Test
    void anotherMunicipalitysCitizenIsAsOneThatDoesNotExist() {
        ApiClient.Response registered = ApiClient.as(port, "koordinator-esbjerg").post("/api/v1/inquiries", """
                {"cprNumber": "%s", "citizenName": "Esbjerg Borger", "source": "CITIZEN",
                 "receivedAt": "2025-01-06T10:00:00+01:00", "request": "Hjælp til rengøring", "legalBasis": "SEL § 83",
                 "priority": "NORMAL"}""".formatted(TestCitizens.newCpr()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long esbjerg = registered.json().get("citizenId").asLong();
        ApiClient finance = ApiClient.as(port, "okonomi");

        ApiClient.Response elsewhere = finance.get(REPORT + "/citizens/" + esbjerg + "?" + citizen.period());
        ApiClient.Response nowhere = finance.get(REPORT + "/citizens/987654321?" + citizen.period());

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().get("detail").asString()).isEqualTo(nowhere.json().get("detail").asString())
                .isEqualTo("Borgeren findes ikke.");
        assertThat(elsewhere.body()).doesNotContain("Esbjerg Borger");
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where resource = 'kl-gateway-delivery-report' and citizen_id = ?")
                .param(citizen.citizenId).query(Long.class).single();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }
}

package dk.omsorg.klgateway;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
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
 * Finance's and the leader's page "Indberetning til KL Gateway" over real HTTP, logged in by the form: the page in
 * Danish with the period's citizen count, the file downloaded from it (NDJSON lines that parse with HAPI), a bad period
 * as a Danish error, and nobody else let in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryReportPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FhirContext fhir;

    @Test
    void financeSeesTheCountAndDownloadsTheFileWhoseLinesParseWithHapi() {
        KlGatewayFixture citizen = new KlGatewayFixture(ApiClient.as(port, "visitator"), jdbc);
        WebSession finance = WebSession.logIn(port, "okonomi");

        WebSession.Page page = finance.get("/kl-gateway?" + citizen.period());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Indberetning til KL Gateway", "id=\"nav-kl-gateway\"", "Hent filen til KL Gateway");
        String count = text(page, "citizen-count");
        int citizens = Integer.parseInt(count.replaceAll("^(\\d+) borger.*", "$1"));
        assertThat(citizens).isPositive();
        assertThat(count).contains("indberettes for perioden");

        WebSession.File file = finance.file("/kl-gateway/delivery-report.ndjson?" + citizen.period());

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/fhir+ndjson");
        assertThat(file.contentDisposition()).contains("attachment", ".ndjson");
        List<String> lines = Arrays.stream(new String(file.body(), StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(citizens);   // the count is the file's (no other test adds care in this period meanwhile)
        List<Bundle> bundles = lines.stream().map(l -> fhir.newJsonParser().parseResource(Bundle.class, l)).toList();
        assertThat(bundles).allSatisfy(b -> assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION));
        assertThat(bundles).anySatisfy(b -> assertThat(((Patient) b.getEntryFirstRep().getResource())
                .getIdentifierFirstRep().getValue()).isEqualTo(citizen.cpr));
    }

    @Test
    void theLeaderGetsLastMonthByDefault() {
        WebSession.Page page = WebSession.logIn(port, "leder").get("/kl-gateway");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Indberetning til KL Gateway", "type=\"date\"");
        assertThat(text(page, "citizen-count")).contains("indberettes for perioden");
    }

    @Test
    void aBadPeriodIsADanishErrorOnThePageAndNoFile() {
        WebSession finance = WebSession.logIn(port, "okonomi");

        WebSession.Page reversed = finance.get("/kl-gateway?from=2025-10-31&to=2025-10-01");
        WebSession.Page invalid = finance.get("/kl-gateway?from=31-10-2025&to=2025-10-31");
        WebSession.Page download = finance.get("/kl-gateway/delivery-report.ndjson?from=2025-10-31&to=2025-10-01");

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(text(reversed, "period-errors")).contains("Periodens sidste dag (01.10.2025) ligger før den første (31.10.2025).");
        assertThat(reversed.body()).doesNotContain("id=\"download\"", "id=\"citizen-count\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(text(invalid, "period-errors")).contains("er ikke en gyldig dato");
        assertThat(download.status()).isEqualTo(302);
        assertThat(download.location()).contains("/kl-gateway?from=2025-10-31&to=2025-10-01");
    }

    @Test
    void caseworkersAndProvidersGet403() {
        for (String user : List.of("visitator", "leverandor-a")) {
            WebSession session = WebSession.logIn(port, user);
            assertThat(session.get("/kl-gateway").status()).as(user).isEqualTo(403);
            assertThat(session.file("/kl-gateway/delivery-report.ndjson?from=2025-10-01&to=2025-10-31").status())
                    .as(user).isEqualTo(403);
        }
        assertThat(WebSession.logIn(port, "visitator").get("/citizens").body()).doesNotContain("nav-kl-gateway");
    }

    /** The text inside the element with this id (tags dropped, whitespace collapsed). */
    private static String text(WebSession.Page page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bid=\"" + id + "\"[^>]*>(.*?)</(p|div)>",
                java.util.regex.Pattern.DOTALL).matcher(page.body());
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}

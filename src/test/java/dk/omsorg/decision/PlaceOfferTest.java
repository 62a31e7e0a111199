package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place grant (§ 107 midlertidigt botilbud) names its offer among Ikast-Brande's providers (seed 001: its own offers
 * first), in the API and the decision form, so the letter and the citizen's overview name the provider; free text
 * stays for an offer that is no provider; a provider and another text, or an unknown provider, is refused by field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceOfferTest {

    static final String OERBAEKLUND = "Center for Psykiatri og Udvikling, afdeling Ørbæklund";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient ikast;
    long oerbaeklund;

    @BeforeEach
    void setUp() {
        ikast = ApiClient.as(port, "visitator-ikast");
        oerbaeklund = jdbc.sql("select id from provider where municipality_id = 756 and code = 'ikast-brande-oerbaeklund'")
                .query(Long.class).single();
    }

    private long[] applicant() {
        String cpr = "1104%02d-1%03d".formatted(86, (int) (System.nanoTime() % 1000));
        Response inquiry = ikast.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Plads Per Ørsted",
                "address", "Østergade 8, 7430 Ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Midlertidigt botilbud", "legalBasis", "SEL § 107", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new long[]{inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong()};
    }

    private static Map<String, Object> place(Object... fields) {
        return with(with(grant("midlertidigt-ophold-i-botilbud", null, null, null, null, today(), null), fields),
                "overrideReason", "Konkret vurdering.");
    }

    @Test
    void theApiTakesTheProviderAndTheLetterAndTheOverviewNameIt() {
        long[] a = applicant();
        // a botilbud is the visitation committee's (seed 001): approved by the leader (branch i18-authority)
        Response made = DecisionTestData.approvedIfRecommended(port,
                ikast.post("/api/v1/decisions", DecisionTestData.decision(a[0], a[1], place("placeProviderId", oerbaeklund))));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonNode measured = made.json().get("grants").get(0).get("measured");
        assertThat(measured.get("placeProviderId").asLong()).isEqualTo(oerbaeklund);
        assertThat(measured.get("place").asText()).isEqualTo(OERBAEKLUND);
        assertThat(made.json().get("grants").get(0).get("frequency").asText()).isEqualTo("Plads: " + OERBAEKLUND);
        assertThat(jdbc.sql("select place_provider_id from decision_grant where grant_key = ?::uuid")
                .param(made.json().get("grants").get(0).get("grantKey").asText()).query(Long.class).single())
                .isEqualTo(oerbaeklund);

        String letter = DecisionTestData.pdfText(ikast.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(letter).contains("Plads: " + OERBAEKLUND);
        String summary = WebSession.logIn(port, "visitator-ikast").htmx("/citizens/" + a[0] + "/grants/summary").body()
                .replaceAll("\\s+", " ");
        assertThat(summary).contains("Plads: " + OERBAEKLUND);
    }

    @Test
    void freeTextStaysForAnOfferThatIsNoProviderAndAProviderWithAnotherTextOrAnUnknownOneIsRefused() {
        long[] a = applicant();
        DecisionTestData.Rows before = DecisionTestData.Rows.count(jdbc);
        Response both = ikast.post("/api/v1/decisions", DecisionTestData.decision(a[0], a[1],
                place("placeProviderId", oerbaeklund, "place", "Bostedet i Herning")));
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asText()).isEqualTo("grants[0].place");
        assertThat(both.body()).contains("valgt som leverandøren " + OERBAEKLUND);
        Response unknown = ikast.post("/api/v1/decisions", DecisionTestData.decision(a[0], a[1], place("placeProviderId", 999_999)));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("grants[0].placeProviderId");
        assertThat(unknown.body()).contains("ikke en af kommunens leverandører");
        assertThat(DecisionTestData.Rows.count(jdbc)).isEqualTo(before);

        Response regional = DecisionTestData.approvedIfRecommended(port,
                ikast.post("/api/v1/decisions", DecisionTestData.decision(a[0], a[1], place("place", "Regionens botilbud"))));
        assertThat(regional.status()).as(regional.body()).isEqualTo(200);
        JsonNode measured = regional.json().get("grants").get(0).get("measured");
        assertThat(measured.get("place").asText()).isEqualTo("Regionens botilbud");
        assertThat(measured.get("placeProviderId").isNull()).isTrue();
    }

    @Test
    void theFormOffersTheProvidersAndTheDecisionPageNamesTheChosenOne() {
        long[] a = applicant();
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + a[0] + "/decisions";
        WebSession.Page form = caseworker.get(path + "/new?inquiryId=" + a[1]);
        assertThat(form.tag("grant-0-place-provider")).isNotEmpty();
        assertThat(form.body()).contains(OERBAEKLUND).contains("Ingen af leverandørerne passer");

        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("inquiryId", String.valueOf(a[1])),
                Map.entry("appliedFor", "Midlertidigt botilbud"),
                Map.entry("grants[0].interventionCode", "midlertidigt-ophold-i-botilbud"), Map.entry("grants[0].per", "WEEK"),
                Map.entry("grants[0].placeProvider", String.valueOf(oerbaeklund)), Map.entry("grants[0].place", ""),
                Map.entry("grants[0].start", today().toString()),
                Map.entry("grants[0].overrideReason", "Konkret vurdering.")));
        WebSession.Page saved = caseworker.post(path, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        // a botilbud is the visitation committee's: a recommendation until the leader approves it (branch i18-authority)
        String recommendation = saved.location().replaceFirst("^https?://[^/]+", "");
        assertThat(recommendation).startsWith("/recommendations/");
        assertThat(caseworker.get(recommendation).body()).contains("Indstilling afventer godkendelse")
                .contains("Midlertidigt ophold i botilbud").doesNotContain("approve-button");
        WebSession leader = WebSession.logIn(port, "leder-ikast");
        WebSession.Page pending = leader.get(recommendation);
        assertThat(pending.tag("approve-button")).isNotEmpty();
        WebSession.Page approved = leader.post(recommendation + "/approve", List.of(Map.entry("version", "0")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(302);
        WebSession.Page decision = caseworker.get(approved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(decision.body()).contains("Godkendt for visitationsudvalget").contains("Digital Post");
        assertThat(decision.body()).contains("Plads: " + OERBAEKLUND);
        assertThat(jdbc.sql("select g.place_provider_id from decision_grant g join decision d on d.id = g.decision_id "
                + "where d.citizen_id = ?").param(a[0]).query(Long.class).single()).isEqualTo(oerbaeklund);
    }
}

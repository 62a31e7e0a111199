package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
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
import static dk.omsorg.decision.DecisionTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens of decision authority: the letter channel on the decision form and page, and the recommendation page
 * where the leader returns a recommendation with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long[] ikastApplicant(String request, String legalBasis) {
        var inquiry = ApiClient.as(port, "visitator-ikast").post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", "Side Sofie Ørsted", "address", "Østergade 8, 7430 Ikast", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", request, "legalBasis", legalBasis, "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new long[]{inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong()};
    }

    private static List<Map.Entry<String, String>> fields(long inquiryId, String code, String letterChannel) {
        boolean place = code.contains("botilbud");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("inquiryId", String.valueOf(inquiryId)),
                Map.entry("appliedFor", "Støtte"), Map.entry("grants[0].interventionCode", code),
                Map.entry("grants[0].per", "WEEK"), Map.entry("grants[0].start", today().toString()),
                Map.entry("grants[0].overrideReason", "Konkret vurdering.")));
        if (place) {
            fields.add(Map.entry("grants[0].place", "Regionens botilbud"));
        } else {
            fields.add(Map.entry("grants[0].times", "1"));
            fields.add(Map.entry("grants[0].minutes", "60"));
        }
        if (letterChannel != null) {
            fields.add(Map.entry("letterChannel", letterChannel));
        }
        return fields;
    }

    @Test
    void theFormTakesTheLetterChannelAndTheDecisionPageShowsIt() {
        long[] a = ikastApplicant("Socialpædagogisk støtte", "SEL § 85");
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + a[0] + "/decisions";
        Page form = caseworker.get(path + "/new?inquiryId=" + a[1]);
        assertThat(form.tag("letter-channel")).isNotEmpty();
        assertThat(form.body()).contains("Digital Post").contains("Brev med posten");

        Page bad = caseworker.post(path, fields(a[1], "socialpaedagogisk-stoette-individuel", "FAX"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Brevet sendes med Digital Post eller med posten");
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a[0]).query(Long.class).single()).isZero();

        Page saved = caseworker.post(path, fields(a[1], "socialpaedagogisk-stoette-individuel", "PAPER"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page decision = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(text(decision, "decision-letter-channel")).contains("Brev med posten");
        assertThat(jdbc.sql("select letter_channel from decision where citizen_id = ?").param(a[0]).query(String.class).single())
                .isEqualTo("PAPER");
    }

    @Test
    void theLeaderReturnsARecommendationWithAReasonOnItsPage() {
        long[] a = ikastApplicant("Midlertidigt botilbud", "SEL § 107");
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        caseworker.get("/citizens/" + a[0] + "/decisions/new?inquiryId=" + a[1]);
        Page saved = caseworker.post("/citizens/" + a[0] + "/decisions", fields(a[1], "midlertidigt-ophold-i-botilbud", null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String page = saved.location().replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/recommendations/");
        Page pending = caseworker.get(page);
        assertThat(text(pending, "recommendation-heading")).contains("Indstilling afventer godkendelse");
        assertThat(text(pending, "recommendation-decider")).contains("visitationsudvalget");
        assertThat(pending.body()).doesNotContain("return-button");

        WebSession leader = WebSession.logIn(port, "leder-ikast");
        assertThat(leader.get(page).tag("return-button")).isNotEmpty();
        Page noReason = leader.post(page + "/return", List.of(Map.entry("version", "0"), Map.entry("reason", "")));
        assertThat(noReason.status()).isEqualTo(302);
        assertThat(leader.get(page).body()).contains("Skriv, hvorfor indstillingen returneres.");
        Page returned = leader.post(page + "/return", List.of(Map.entry("version", "0"),
                Map.entry("reason", "Udvalget mangler lægens udtalelse.")));
        assertThat(returned.status()).isEqualTo(302);
        Page after = caseworker.get(page);
        assertThat(text(after, "recommendation-heading")).contains("Indstilling returneret");
        assertThat(text(after, "recommendation-return-reason")).contains("Udvalget mangler lægens udtalelse.");
        assertThat(text(after, "recommendation-handled-by")).contains("Ib Leder");
        assertThat(after.tag("recompose-link")).contains("/citizens/" + a[0] + "/decisions/new?inquiryId=" + a[1]);
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a[0]).query(Long.class).single()).isZero();
    }

    @Test
    void aCaseworkersChangeOfTheCommitteesGrantThroughTheFormIsARecommendationTheLeaderApprovesOnItsPage() {
        long[] a = ikastApplicant("Midlertidigt botilbud", "SEL § 107");
        ApiClient api = ApiClient.as(port, "visitator-ikast");
        var r = api.post("/api/v1/decisions", json(map("citizenId", a[0], "inquiryId", a[1], "grants", List.of(map(
                "interventionCode", "midlertidigt-ophold-i-botilbud", "start", today().toString(),
                "place", "Regionens botilbud", "overrideReason", "Konkret vurdering."))))).json();
        long first = ApiClient.as(port, "leder-ikast").post("/api/v1/recommendations/" + r.get("id").asLong() + "/approval",
                json(map("version", r.get("version").asInt()))).json().get("decisionId").asLong();
        String key = jdbc.sql("select grant_key::text from decision_grant where decision_id = ?").param(first)
                .query(String.class).single();

        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        caseworker.get("/decisions/" + first + "/change");
        List<Map.Entry<String, String>> fields = new ArrayList<>(fields(a[1], "midlertidigt-ophold-i-botilbud", null));
        fields.removeIf(f -> f.getKey().equals("grants[0].place") || f.getKey().equals("inquiryId"));
        fields.add(Map.entry("grants[0].place", "Ørbæklund"));
        fields.add(Map.entry("grants[0].grantKey", key));
        fields.add(Map.entry("version", "0"));
        Page saved = caseworker.post("/decisions/" + first + "/changes", fields);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String page = saved.location().replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/recommendations/");
        Page pending = caseworker.get(page);
        assertThat(text(pending, "recommendation-heading")).contains("Indstilling afventer godkendelse");
        assertThat(pending.tag("recommendation-change-of")).contains("/decisions/" + first);
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a[0]).query(Long.class).single())
                .isEqualTo(1);

        WebSession leader = WebSession.logIn(port, "leder-ikast");
        leader.get(page);
        Page approved = leader.post(page + "/approve", List.of(Map.entry("version", "0")));
        assertThat(approved.status()).isEqualTo(302);
        String decisionPage = approved.location().replaceFirst("^https?://[^/]+", "");
        assertThat(decisionPage).startsWith("/decisions/").isNotEqualTo("/decisions/" + first);
        assertThat(leader.get(decisionPage).body()).contains("Ørbæklund").contains("efter indstilling fra");
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a[0]).query(Long.class).single())
                .isEqualTo(2);
    }

    /** The text inside the element with this id (up to its first child's end), whitespace collapsed. */
    private static String text(Page page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", java.util.regex.Pattern.DOTALL)
                .matcher(page.body());
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).replaceAll("\\s+", " ");
    }
}

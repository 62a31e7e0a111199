package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
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
 * Where the municipality lets the provider evaluate (seed 004, Egedal: "Midtvejs i forløbet udarbejder leverandøren en
 * vurdering af forløbets fremskridt til visitationen, som tager stilling til, om der er behov for at foretage
 * justeringer"): the provider delivering the course fills the mid-way evaluation on its course page, another provider
 * cannot, and the caseworker then decides on it. Greve's policy with {@code providerEvaluates: true} (a test copy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"omsorg.rehabilitation.location=classpath*:rehabilitation-provider-evaluates/*/rehabilitation.yaml"})
class ProviderEvaluationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theProviderFillsTheMidwayEvaluationAndTheCaseworkerDecidesOnIt() {
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        long course = jdbc.sql("select id from rehabilitation_course where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single();

        WebSession other = WebSession.logIn(port, "leverandor-b");
        other.get("/provider/courses");
        assertThat(other.post("/provider/courses/" + course + "/evaluations/MIDWAY", List.of(
                Map.entry("version", version(course)), Map.entry("recommendation", "CONTINUE"))).status()).isEqualTo(404);

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.get("/provider/courses/" + course).body()).contains("evaluation-MIDWAY");
        var filled = provider.post("/provider/courses/" + course + "/evaluations/MIDWAY", List.of(
                Map.entry("version", version(course)), Map.entry("recommendation", "CONTINUE"),
                Map.entry("note", "Borgeren går selv i bad med støtte; fortsæt som planlagt.")));
        assertThat(filled.status()).as(filled.body()).isEqualTo(302);
        var evaluation = jdbc.sql("""
                        select id, version, filled_by_provider, recommendation from rehabilitation_evaluation
                        where course_id = ? and kind = 'MIDWAY'""").param(course)
                .query((rs, n) -> Map.of("id", rs.getLong(1), "version", rs.getInt(2), "provider", rs.getBoolean(3),
                        "recommendation", rs.getString(4))).single();
        assertThat(evaluation).containsEntry("provider", true).containsEntry("recommendation", "CONTINUE");

        WebSession caseworker = WebSession.logIn(port, "visitator");
        assertThat(caseworker.get("/courses/" + course).body()).contains("fortsæt som planlagt");
        var decided = caseworker.post("/courses/" + course + "/evaluations/" + evaluation.get("id") + "/decision", List.of(
                Map.entry("version", String.valueOf(evaluation.get("version"))), Map.entry("decision", "CONTINUE")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        assertThat(jdbc.sql("select decision from rehabilitation_evaluation where id = ?").param(evaluation.get("id"))
                .query(String.class).single()).isEqualTo("CONTINUE");
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from rehabilitation_course where id = ?").param(id).query(Integer.class).single());
    }
}

package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
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
 * The course pages over real HTTP: a provider sees and writes on only the courses it delivers, a stale form is 409,
 * bad IPPA input is shown in Danish by line with nothing stored, and reads are audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoursePagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A Greve citizen in the provider's district granted RH Bad (a course) with that provider. */
    private long course(String providerUser) {
        var granted = dk.omsorg.notice.NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, providerUser,
                DecisionTestData.today());
        return jdbc.sql("select id from rehabilitation_course where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single();
    }

    /** A Greve citizen granted RH Bad without a provider chosen yet. */
    private long courseWithoutProvider() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", java.util.Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));
        var made = caseworker.post("/api/v1/decisions", DecisionTestData.decision(applicant.citizenId(), applicant.inquiryId(),
                DecisionTestData.with(DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY", 30, DecisionTestData.today(), null),
                        "goals", "Kan selv gå i bad")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return jdbc.sql("select id from rehabilitation_course where grant_key = cast(? as uuid)")
                .param(made.json().get("grants").get(0).get("grantKey").asText()).query(Long.class).single();
    }

    @Test
    void aProviderSeesAndWritesOnlyOnItsOwnCourses() {
        long own = course("leverandor-a");
        long other = courseWithoutProvider();
        WebSession provider = WebSession.logIn(port, "leverandor-a");
        var page = provider.get("/provider/courses/" + own);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Rehabiliteringsforløb", "Solsikken").doesNotContain("ippa-form");
        var list = provider.get("/provider/courses");
        assertThat(list.body()).contains("/provider/courses/" + own).doesNotContain("/provider/courses/" + other + "\"");
        assertThat(provider.get("/provider/courses/" + other).status()).isEqualTo(404);
        var refused = provider.post("/provider/courses/" + other + "/notes", List.of(Map.entry("text", "Forkert borger")));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from rehabilitation_note where course_id = ?").param(other).query(Long.class).single()).isZero();

        var contact = provider.post("/provider/courses/" + own + "/contact", List.of(Map.entry("version", version(own)),
                Map.entry("contactPerson", "Karen Kontakt"), Map.entry("contactPhone", "+45 12 34 56 78")));
        assertThat(contact.status()).isEqualTo(302);
        assertThat(provider.get("/provider/courses/" + own).body()).contains("Karen Kontakt, +45 12 34 56 78");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'rehabilitation-course' and resource_id = ?")
                .param(String.valueOf(own)).query(Long.class).single()).isPositive();
    }

    @Test
    void aStaleFormIsAConflictAndBadIppaIsShownByLineWithNothingStored() {
        long id = courseWithoutProvider();
        WebSession caseworker = WebSession.logIn(port, "visitator");
        assertThat(caseworker.get("/courses/" + id).status()).isEqualTo(200);
        String loaded = version(id);
        var saved = caseworker.post("/courses/" + id + "/notes", List.of(Map.entry("text", "Første besøg gik godt.")));
        assertThat(saved.status()).isEqualTo(302);
        var contact = caseworker.post("/courses/" + id + "/contact", List.of(Map.entry("version", loaded),
                Map.entry("contactPerson", "Bo Hjemmepleje")));
        assertThat(contact.status()).isEqualTo(302);
        var stale = caseworker.post("/courses/" + id + "/contact", List.of(Map.entry("version", loaded),
                Map.entry("contactPerson", "Et andet navn")));
        assertThat(stale.status()).isEqualTo(409);

        var bad = caseworker.post("/courses/" + id + "/ippa", List.of(Map.entry("version", version(id)),
                Map.entry("ippa[0].problem", "At gå i bad"), Map.entry("ippa[0].importance", "9"),
                Map.entry("ippa[0].startDifficulty", "3")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Linje 1: vigtighed skal være et tal fra 1 til 5.");
        assertThat(jdbc.sql("select count(*) from rehabilitation_ippa_problem where course_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(caseworker.get("/courses/" + id).body()).contains("Første besøg gik godt.", "Bo Hjemmepleje");
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from rehabilitation_course where id = ?").param(id).query(Integer.class).single());
    }
}

package dk.omsorg.decision;

import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.decision.DecisionTestData.Rows;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's decision screens over real HTTP: form login, CSRF, htmx fragments. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession caseworker;
    Applicant applicant;
    LocalDate today;

    @BeforeEach
    void setUp() {
        applicant = DecisionTestData.applicant(ApiClient.as(port, "visitator"), "SEL § 83 a", Map.of(PERSONLIG_PLEJE, 3));
        caseworker = WebSession.logIn(port, "visitator");
        today = DecisionTestData.today();
    }

    private String composePath() {
        return "/citizens/" + applicant.citizenId() + "/decisions";
    }

    private static List<Map.Entry<String, String>> bath(String times, String minutes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("grants[0].interventionCode", "rh-bad"));
        fields.add(Map.entry("grants[0].times", times));
        fields.add(Map.entry("grants[0].per", "WEEK"));
        fields.add(Map.entry("grants[0].shifts", "DAY"));
        fields.add(Map.entry("grants[0].minutes", minutes));
        fields.add(Map.entry("grants[0].start", LocalDate.now(dk.omsorg.shared.DanishTime.ZONE).toString()));
        fields.add(Map.entry("grants[0].goals", "Kan selv vaske overkrop"));
        // an empty row, as the form offers them
        fields.add(Map.entry("grants[1].interventionCode", ""));
        fields.add(Map.entry("grants[1].per", "WEEK"));
        fields.add(Map.entry("grants[1].start", LocalDate.now(dk.omsorg.shared.DanishTime.ZONE).toString()));
        return fields;
    }

    private List<Map.Entry<String, String>> withInquiry(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("inquiryId", String.valueOf(applicant.inquiryId())));
        all.add(Map.entry("appliedFor", "Hjælp til bad"));
        return all;
    }

    @Test
    void theInquiryPageLeadsToTheComposePageWithTheCatalogueByArea() {
        Page inquiry = caseworker.get("/inquiries/" + applicant.inquiryId());
        assertThat(inquiry.tag("make-decision")).contains("/citizens/" + applicant.citizenId() + "/decisions/new?inquiryId="
                + applicant.inquiryId());

        Page form = caseworker.get(composePath() + "/new?inquiryId=" + applicant.inquiryId());

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Træf afgørelse", "Kvalitetsstandarder 2022", "Hjælp til bad og rengøring",
                "label=\"Rehabilitering – Personlig hjælp og pleje (SEL § 83 a)\"", "<option value=\"rh-bad\">RH Bad</option>");
        for (String id : List.of("grant-0-intervention", "grant-0-times", "grant-0-per", "grant-0-shift-DAY",
                "grant-0-minutes", "grant-0-start", "grant-0-end", "grant-0-goals", "grant-0-override",
                "grant-0-override-reason", "refusal-0-reason", "check-button", "save-button", "check-result")) {
            assertThat(form.tag(id)).as(id).isNotEmpty();
        }
        assertThat(form.tag("check-button")).contains("hx-post=\"/citizens/" + applicant.citizenId() + "/decisions/check\"");
    }

    @Test
    void theCheckFragmentShowsTheRuleTheQuoteAndTheWeeklyTime() {
        caseworker.get(composePath() + "/new");
        Rows before = Rows.count(jdbc);

        Page check = caseworker.post(composePath() + "/check", bath("2", "30"));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).doesNotContain("<html");
        assertThat(check.body()).contains("data-rule=\"FREQUENCY_LIMIT\"", "hyppighed", "Max.1 gang ugentligt.",
                "kræver en begrundelse", "id=\"weekly-total\"", "60 minutter (1 t)");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void theCheckSaysWhichCriteriaWereMetInPlainDanish() {
        caseworker.get(composePath() + "/new");
        List<Map.Entry<String, String>> toilet = new ArrayList<>(bath("1", "15"));
        toilet.set(0, Map.entry("grants[0].interventionCode", "rh-toiletbesoeg-3"));
        toilet.set(2, Map.entry("grants[0].per", "DAY"));

        Page check = caseworker.post(composePath() + "/check", toilet);

        // RH Toiletbesøg 3 names "Gå på toilet" (J1.8), which KL merged into "Personlig pleje"; the applicant has 3 there
        assertThat(check.body()).contains("Tildelingskriterierne er opfyldt. Du har svære begrænsninger (3) i Personlig "
                + "pleje. Gå på toilet vurderes nu under Personlig pleje.");
    }

    @Test
    void badInputInTheFormIsShownBesideItsRowAndNothingIsStored() {
        caseworker.get(composePath() + "/new");
        Rows before = Rows.count(jdbc);

        Page page = caseworker.post(composePath(), withInquiry(bath("1", "mange")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.tag("decision-errors")).isNotEmpty();
        assertThat(page.body()).contains("Angiv minutter pr. levering for bevilling 1");
        assertThat(page.tag("grant-0-errors")).isNotEmpty();
        // what was typed stays in the form
        assertThat(page.tag("grant-0-minutes")).contains("value=\"mange\"");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aWarningWithoutAReasonIsRefusedWithTheFindingsShown() {
        caseworker.get(composePath() + "/new");
        Rows before = Rows.count(jdbc);

        Page page = caseworker.post(composePath(), withInquiry(bath("2", "30")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bevilling 1 (RH Bad) er uden for kvalitetsstandarden", "data-rule=\"FREQUENCY_LIMIT\"");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void savingShowsTheDecisionAndTheCitizenPageListsItsGrantsAndWeeklyTime() {
        caseworker.get(composePath() + "/new");

        Page saved = caseworker.post(composePath(), withInquiry(bath("1", "30")));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/decisions/\\d+$");
        Page decision = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(decision.body()).contains("Afgørelsen er gemt", "RH Bad", "1 gang ugentligt i dagvagten");
        assertThat(decision.tag("letter-link")).contains("/letter");

        Page fragment = caseworker.htmx(composePath());
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"current-grants\"", "RH Bad", "30 minutter");
        assertThat(caseworker.get("/inquiries/" + applicant.inquiryId()).body()).doesNotContain("id=\"make-decision\"")
                .contains("Afsluttet");
    }

    @Test
    void theFormGrantsCleaningEveryThirdWeekAndTheDecisionPageSaysSo() {
        Page form = caseworker.get(composePath() + "/new");
        assertThat(form.body()).contains("<option value=\"WEEK:3\">hver 3. uge</option>",
                "<option value=\"WEEK:2\">hver 2. uge</option>", "<option value=\"MONTH\">om måneden</option>");

        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("grants[0].interventionCode", "lille-rengoering"));
        fields.add(Map.entry("grants[0].times", "1"));
        fields.add(Map.entry("grants[0].per", "WEEK:3"));
        fields.add(Map.entry("grants[0].shifts", "DAY"));
        fields.add(Map.entry("grants[0].minutes", "60"));
        fields.add(Map.entry("grants[0].start", today.toString()));
        fields.add(Map.entry("grants[0].overrideReason", "Borgeren kan ikke selv gøre rent"));
        Page saved = caseworker.post(composePath(), withInquiry(fields));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page decision = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(decision.body()).contains("Lille rengøring", "hver 3. uge i dagvagten", ">20<");
        // the change form shows the interval chosen
        long id = Long.parseLong(saved.location().replaceFirst(".*/decisions/", ""));
        Page change = caseworker.get("/decisions/" + id + "/change");
        assertThat(change.body()).containsPattern("<option value=\"WEEK:3\" selected(=\"selected\")?>hver 3. uge</option>");
    }

    @Test
    void aMinorAdjustmentThroughTheChangeFormMakesAVersionWithoutALetter() {
        caseworker.get(composePath() + "/new");
        String decisionPath = caseworker.post(composePath(), withInquiry(bath("1", "30"))).location()
                .replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(decisionPath.substring(decisionPath.lastIndexOf('/') + 1));
        Page form = caseworker.get("/decisions/" + id + "/change");
        assertThat(form.tag("version")).contains("value=\"0\"");
        String key = jdbc.sql("select grant_key::text from decision_grant where decision_id = ?").param(id)
                .query(String.class).single();
        assertThat(form.tag("grant-0-key")).contains(key);

        List<Map.Entry<String, String>> fields = new ArrayList<>(bath("1", "40"));
        fields.add(Map.entry("grants[0].grantKey", key));
        fields.add(Map.entry("version", "0"));
        fields.add(Map.entry("minorAdjustment", "true"));
        Page changed = caseworker.post("/decisions/" + id + "/changes", fields);

        assertThat(changed.status()).isEqualTo(302);
        Page next = caseworker.get(changed.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(next.body()).contains("Mindre justering: der er ikke dannet et nyt brev.", "id=\"no-letter\"");
        assertThat(next.tag("decision-version")).isNotEmpty();
        assertThat(caseworker.get("/decisions/" + id).body()).contains("Erstattet", "id=\"decision-superseded-by\"");
    }

    @Test
    void aChangeThroughTheFormCanBeBackDatedAndThePageShowsTheDayItTakesEffect() {
        LocalDate start = today.minusDays(10);
        LocalDate effective = today.minusDays(3);
        var made = ApiClient.as(port, "visitator").post("/api/v1/decisions", DecisionTestData.decision(applicant.citizenId(),
                applicant.inquiryId(), DecisionTestData.with(DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY", 30, start, null),
                        "goals", "Kan selv vaske overkrop")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        String key = made.json().get("grants").get(0).get("grantKey").asText();
        Page form = caseworker.get("/decisions/" + id + "/change");
        assertThat(form.tag("grant-0-effective-from")).contains("name=\"grants[0].effectiveFrom\"");

        List<Map.Entry<String, String>> fields = new ArrayList<>(bath("1", "40"));
        fields.removeIf(e -> e.getKey().equals("grants[0].start"));
        fields.add(Map.entry("grants[0].start", start.toString()));
        fields.add(Map.entry("grants[0].grantKey", key));
        fields.add(Map.entry("grants[0].effectiveFrom", effective.toString()));
        fields.add(Map.entry("version", "0"));
        Page changed = caseworker.post("/decisions/" + id + "/changes", fields);

        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        Page next = caseworker.get(changed.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(next.body()).contains("gælder fra " + dk.omsorg.catalog.DanishText.date(effective));
        assertThat(jdbc.sql("select effective_from from decision_grant where grant_key = ?::uuid and version_no = 2")
                .param(key).query(LocalDate.class).single()).isEqualTo(effective);
    }

    @Test
    void theScreenAndTheCheckEndpointGiveTheSameFindings() {
        caseworker.get(composePath() + "/new");
        // RH Bad twice a week (over "Max. 1 gang ugentligt") and six toilet visits a day (over the cap and the group cap)
        List<Map.Entry<String, String>> form = bath("2", "30");
        form.removeIf(e -> e.getKey().startsWith("grants[1]"));
        form.add(Map.entry("grants[1].interventionCode", "rh-toiletbesoeg-3"));
        form.add(Map.entry("grants[1].times", "3"));
        form.add(Map.entry("grants[1].per", "DAY"));
        form.add(Map.entry("grants[1].shifts", "DAY"));
        form.add(Map.entry("grants[1].shifts", "EVENING"));
        form.add(Map.entry("grants[1].minutes", "15"));
        form.add(Map.entry("grants[1].start", today.toString()));
        form.add(Map.entry("grants[1].goals", "Kan selv gå på toilet"));
        String api = DecisionTestData.check(applicant.citizenId(),
                DecisionTestData.with(DecisionTestData.grant("rh-bad", 2, "WEEK", "DAY", 30, today, null), "goals", "Kan selv vaske overkrop"),
                DecisionTestData.with(DecisionTestData.grant("rh-toiletbesoeg-3", 3, "DAY", "DAY,EVENING", 15, today, null), "goals", "Kan selv gå på toilet"));

        Page screen = caseworker.post(composePath() + "/check", form);
        var endpoint = ApiClient.as(port, "visitator").post("/api/v1/decisions/check", api);

        assertThat(screen.status()).isEqualTo(200);
        assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(200);
        List<String> fromEndpoint = new ArrayList<>();
        endpoint.json().get("grants").forEach(g -> g.get("findings").forEach(f ->
                fromEndpoint.add(f.get("rule").asText() + "/" + f.get("severity").asText())));
        endpoint.json().get("combinationFindings").forEach(f ->
                fromEndpoint.add(f.get("rule").asText() + "/" + f.get("severity").asText()));
        List<String> fromScreen = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("data-rule=\"([A-Z_]+)\" data-severity=\"([A-Z]+)\"").matcher(screen.body());
        while (matcher.find()) {
            fromScreen.add(matcher.group(1) + "/" + matcher.group(2));
        }
        assertThat(fromEndpoint).contains("FREQUENCY_LIMIT/WARNING");
        assertThat(fromScreen).containsExactlyInAnyOrderElementsOf(fromEndpoint);
    }
}

package dk.omsorg.assessment;

import dk.omsorg.support.WebSession;

import dk.omsorg.assessment.TestData.Rows;
import dk.omsorg.support.WebSession.Page;
import dk.omsorg.shared.DanishTime;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's assessment screens over real HTTP, logged in with the login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentWebTest {

    private static final FsiiiCatalog CATALOG = FsiiiCatalog.fromClasspath();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession caseworker;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = WebSession.logIn(port, "visitator");
        citizenId = TestData.citizen(jdbc, TestData.GREVE);
    }

    @Test
    void theFormHasEveryCurrentStateWithTheScaleAndIkkeVurderetChecked() {
        Page form = caseworker.get(newForm());

        assertThat(form.status()).isEqualTo(200);
        for (FsiiiArea area : CATALOG.currentFunctionalAbilityStates()) {
            assertThat(form.body()).contains("<legend>" + area.area().name() + "</legend>");
            for (FsiiiConcept state : area.concepts()) {
                String name = "name=\"score[" + state.code() + "]\"";
                assertThat(form.count(name)).as(state.name()).isEqualTo(7);   // ikke vurderet, 0–4, 9
                assertThat(form.tag("score-" + state.code() + "-none")).contains(name, "value=\"\"", "checked");
                assertThat(form.tag("score-" + state.code() + "-9")).contains(name, "value=\"9\"").doesNotContain("checked");
            }
        }
        assertThat(form.body()).doesNotContain(Fsiii.VASKE_SIG.toString()).doesNotContain("Samfundsliv");
        assertThat(form.body()).contains("0 Ingen/ubetydelige begrænsninger", "4 Totale begrænsninger", "9 Ikke relevant");

        for (FsiiiArea area : CATALOG.currentHealthConditions()) {
            for (FsiiiConcept condition : area.concepts()) {
                assertThat(form.tag("condition-" + condition.code())).startsWith("<select")
                        .contains("name=\"condition[" + condition.code() + "]\"");
                assertThat(form.tag("note-" + condition.code())).contains("name=\"note[" + condition.code() + "]\"");
            }
        }
        assertThat(form.body()).doesNotContain(Fsiii.PROBLEMER_MED_VANDLADNING_I12_2.toString());
        assertThat(form.body()).contains("Aktuel (noteret)", "Ikke relevant", "Ikke vurderet");

        assertThat(form.tag("overallAssessment")).startsWith("<textarea").contains("name=\"overallAssessment\"");
        assertThat(form.tag("assessedOn")).contains("type=\"date\"", "name=\"assessedOn\"", "value=\"" + today() + "\"");
        assertThat(form.body()).contains(">Gem vurdering</button>");
        assertThat(form.body()).contains("action=\"/citizens/" + citizenId + "/assessments\"");
    }

    @Test
    void savingTheFormStoresTheAssessmentAndGoesToTheCitizen() {
        caseworker.get(newForm());
        Page saved = caseworker.post(assessments(), fields(
                "assessedOn", today().toString(),
                "score[" + Fsiii.INDKOEB + "]", "2",
                "score[" + Fsiii.LAVE_MAD + "]", "",
                "score[" + Fsiii.HUKOMMELSE + "]", "9",
                "condition[" + Fsiii.PROBLEMER_MED_ERNAERING + "]", "NOTED",
                "note[" + Fsiii.PROBLEMER_MED_ERNAERING + "]", "Har tabt 4 kg",
                "condition[" + Fsiii.RESPIRATIONSPROBLEMER + "]", "",
                "note[" + Fsiii.RESPIRATIONSPROBLEMER + "]", "",
                "overallAssessment", "Klarer sig med hjælp til indkøb."));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/citizens/" + citizenId);
        long id = jdbc.sql("select id from assessment where citizen_id = ?").param(citizenId).query(Long.class).single();
        assertThat(jdbc.sql("select score from assessment_ability_score where assessment_id = ? and state_code = ?")
                .params(id, Fsiii.INDKOEB).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from assessment_ability_score where assessment_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);   // "ikke vurderet" is not stored
        assertThat(jdbc.sql("select note from assessment_health_condition where assessment_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Har tabt 4 kg");
        assertThat(jdbc.sql("select created_by from assessment where id = ?").param(id).query(String.class).single())
                .isEqualTo("visitator");
    }

    @Test
    void aFutureDateShowsTheFormAgainWithTheDanishErrorAndStoresNothing() {
        caseworker.get(newForm());
        Rows before = Rows.count(jdbc);

        Page page = caseworker.post(assessments(), fields(
                "assessedOn", today().plusDays(1).toString(),
                "score[" + Fsiii.INDKOEB + "]", "3",
                "overallAssessment", "Skrevet for tidligt"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Vurderingen er ikke gemt.").contains("ligger i fremtiden");
        assertThat(page.body()).contains("Skrevet for tidligt");                       // kept
        assertThat(page.tag("score-" + Fsiii.INDKOEB + "-3")).contains("checked");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aNotedHealthConditionWithoutNoteAndAMissingOverallAssessmentAreShownBesideTheFields() {
        caseworker.get(newForm());
        Rows before = Rows.count(jdbc);

        Page page = caseworker.post(assessments(), fields(
                "assessedOn", today().toString(),
                "condition[" + Fsiii.PROBLEMER_MED_ERNAERING + "]", "NOTED",
                "note[" + Fsiii.PROBLEMER_MED_ERNAERING + "]", "",
                "overallAssessment", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.count("Skriv en note om helbredstilstanden &quot;Problemer med ernæring&quot;, når den er aktuel."))
                .isEqualTo(2);   // in the summary and beside the note field
        assertThat(page.count("Skriv en helhedsvurdering.")).isEqualTo(2);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aTamperedScoreIsRefusedToo() {
        caseworker.get(newForm());
        Rows before = Rows.count(jdbc);
        Page page = caseworker.post(assessments(), fields("assessedOn", today().toString(),
                "score[" + Fsiii.INDKOEB + "]", "7", "score[" + Fsiii.VASKE_SIG + "]", "1",
                "overallAssessment", "x"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("7 er ikke en gyldig score for &quot;Indkøb&quot;")
                .contains("er udgået");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void theFragmentShowsTheLatestScoresBesideThePreviousOnesAndTheHistory() {
        record(today().minusMonths(3), "Første vurdering", Fsiii.INDKOEB, "3", Fsiii.LAVE_MAD, "1", Fsiii.HUKOMMELSE, "2");
        record(today(), "Anden vurdering", Fsiii.INDKOEB, "1", Fsiii.LAVE_MAD, "2", Fsiii.HUKOMMELSE, "9");

        Page fragment = caseworker.htmx(assessments());

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<section id=\"assessments\">").doesNotContain("<html");
        assertThat(fragment.body()).contains(">Ny vurdering</a>")
                .contains("href=\"/citizens/" + citizenId + "/assessments/new\"");
        assertThat(fragment.body()).contains("Anden vurdering").doesNotContain("Første vurdering");
        assertThat(row(fragment, Fsiii.INDKOEB)).contains(">1</td>", ">3</td>", "change better", "↓ bedre");
        assertThat(row(fragment, Fsiii.LAVE_MAD)).contains(">2</td>", ">1</td>", "change worse", "↑ forværret");
        assertThat(row(fragment, Fsiii.HUKOMMELSE)).contains(">9</td>", ">2</td>", "data-trend=\"NOT_COMPARED\"");
        assertThat(fragment.count("<tr id=\"history-")).isEqualTo(2);
        assertThat(fragment.body()).contains("Vibeke Visitator");
    }

    @Test
    void withoutAssessmentsTheFragmentSaysSo() {
        Page fragment = caseworker.htmx(assessments());
        assertThat(fragment.body()).contains("Borgeren er ikke vurderet endnu.").contains("Ny vurdering");
    }

    @Test
    void onlyCaseworkersAreOfferedANewAssessment() {
        record(today(), "Vurdering", Fsiii.INDKOEB, "2");
        WebSession coordinator = WebSession.logIn(port, "koordinator");

        Page fragment = coordinator.htmx(assessments());
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("Vurdering").doesNotContain("Ny vurdering");
        assertThat(coordinator.get(newForm()).status()).isEqualTo(403);
    }

    @Test
    void withoutHtmxTheOverviewIsAPageOfItsOwn() {
        Page page = caseworker.get(assessments());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("<section id=\"assessments\">").contains("Test Borger");
    }

    @Test
    void oneAssessmentIsShownWithItsScoresAndConditions() {
        long id = record(today(), "Klarer sig fint.", Fsiii.INDKOEB, "2");

        Page page = caseworker.get("/assessments/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Klarer sig fint.", "Indkøb", "Moderate begrænsninger", "Vibeke Visitator");
        assertThat(page.body()).contains("href=\"/assessments/" + id + "/edit\"");
    }

    @Test
    void correctingKeepsTheLoadedVersionAndSaves() {
        long id = record(today(), "Før", Fsiii.INDKOEB, "2");
        Page form = caseworker.get("/assessments/" + id + "/edit");
        int version = jdbc.sql("select version from assessment where id = ?").param(id).query(Integer.class).single();
        assertThat(form.tag("version")).contains("type=\"hidden\"", "name=\"version\"", "value=\"" + version + "\"");
        assertThat(form.tag("score-" + Fsiii.INDKOEB + "-2")).contains("checked");
        assertThat(form.body()).contains("Før");

        Page saved = caseworker.post("/assessments/" + id + "/edit", fields("version", String.valueOf(version),
                "assessedOn", today().toString(), "score[" + Fsiii.INDKOEB + "]", "1", "overallAssessment", "Efter"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/assessments/" + id);
        assertThat(caseworker.get("/assessments/" + id).body()).contains("Vurderingen er rettet.", "Efter");
    }

    @Test
    void aStaleCorrectionShowsTheFormAgainWithTheConflictMessage() {
        long id = record(today(), "Før", Fsiii.INDKOEB, "2");
        caseworker.get("/assessments/" + id + "/edit");
        int version = jdbc.sql("select version from assessment where id = ?").param(id).query(Integer.class).single();

        WebSession colleague = WebSession.logIn(port, "visitator2");
        colleague.get("/assessments/" + id + "/edit");
        assertThat(colleague.post("/assessments/" + id + "/edit", fields("version", String.valueOf(version),
                "assessedOn", today().toString(), "score[" + Fsiii.INDKOEB + "]", "3", "overallAssessment",
                "Kollegaens rettelse")).status()).isEqualTo(302);
        Rows before = Rows.count(jdbc);

        Page page = caseworker.post("/assessments/" + id + "/edit", fields("version", String.valueOf(version),
                "assessedOn", today().toString(), "score[" + Fsiii.INDKOEB + "]", "0", "overallAssessment", "Min rettelse"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Oplysningerne er opdateret af en anden, siden du hentede dem.");
        assertThat(page.body()).contains("Min rettelse");   // what was typed is not lost
        assertThat(jdbc.sql("select overall_assessment from assessment where id = ?").param(id).query(String.class)
                .single()).isEqualTo("Kollegaens rettelse");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysCaseworkerIsRefused() {
        long id = record(today(), "Greve", Fsiii.INDKOEB, "2");
        WebSession esbjerg = WebSession.logIn(port, "visitator-esbjerg");
        Rows before = Rows.count(jdbc);

        assertThat(esbjerg.htmx(assessments()).status()).isEqualTo(404);
        assertThat(esbjerg.get("/assessments/" + id).status()).isEqualTo(404);
        assertThat(esbjerg.get("/assessments/" + id + "/edit").status()).isEqualTo(404);
        assertThat(esbjerg.get(newForm()).status()).isEqualTo(404);
        long ownCitizen = TestData.citizen(jdbc, TestData.ESBJERG);
        assertThat(esbjerg.get("/citizens/" + ownCitizen + "/assessments/new").status()).isEqualTo(200); // a valid CSRF token
        assertThat(esbjerg.post(assessments(), fields("assessedOn", today().toString(), "overallAssessment", "x"))
                .status()).isEqualTo(404);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void staffWithoutCitizenAccessAreRefused() {
        WebSession finance = WebSession.logIn(port, "okonomi");
        assertThat(finance.get(newForm()).status()).isEqualTo(403);
        assertThat(finance.htmx(assessments()).status()).isEqualTo(403);
    }

    // --- helpers

    /** Records an assessment through the form; returns its id. */
    private long record(LocalDate on, String overall, Object... stateScorePairs) {
        caseworker.get(newForm());
        List<Map.Entry<String, String>> fields = new ArrayList<>(fields("assessedOn", on.toString(),
                "overallAssessment", overall));
        for (int i = 0; i < stateScorePairs.length; i += 2) {
            fields.add(Map.entry("score[" + stateScorePairs[i] + "]", (String) stateScorePairs[i + 1]));
        }
        assertThat(caseworker.post(assessments(), fields).status()).isEqualTo(302);
        return jdbc.sql("select max(id) from assessment where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private static String row(Page page, UUID state) {
        int start = page.body().indexOf("<tr id=\"change-" + state + "\"");
        assertThat(start).as("row of " + state).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }

    private String assessments() {
        return "/citizens/" + citizenId + "/assessments";
    }

    private String newForm() {
        return "/citizens/" + citizenId + "/assessments/new";
    }

    private static LocalDate today() {
        return LocalDate.now(DanishTime.ZONE);
    }

    private static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }
}

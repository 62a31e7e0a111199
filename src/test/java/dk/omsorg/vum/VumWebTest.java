package dk.omsorg.vum;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The VUM screens over real HTTP, logged in with the login form: Danish only, no codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VumWebTest {

    private static final VumReference VUM = VumReference.read(new ClassPathResource(VumReference.LOCATION));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession caseworker;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = WebSession.logIn(port, "visitator-ikast");
        citizenId = VumTestData.citizen(jdbc, VumTestData.IKAST_BRANDE);
    }

    @Test
    void theAssessmentSectionOffersVumWhereTheCatalogueIsSocialOnly() {
        Page section = caseworker.htmx("/citizens/" + citizenId + "/assessments");
        assertThat(section.body()).contains("hx-get=\"/citizens/" + citizenId + "/vum\"");
        Page vum = caseworker.htmx("/citizens/" + citizenId + "/vum");
        assertThat(vum.status()).isEqualTo(200);
        assertThat(vum.body()).contains("Ny VUM-udredning", "Borgeren har ingen VUM-udredninger.");

        WebSession greve = WebSession.logIn(port, "visitator");
        long greveCitizen = VumTestData.citizen(jdbc, 253);
        Page homeCare = greve.htmx("/citizens/" + greveCitizen + "/vum");
        assertThat(homeCare.status()).isEqualTo(200);
        assertThat(homeCare.body()).doesNotContain("VUM");
        assertThat(greve.htmx("/citizens/" + citizenId + "/vum").status()).isEqualTo(404);
    }

    @Test
    void anAssessmentIsRecordedInTheFormAndShownInDanish() {
        Page form = caseworker.get("/citizens/" + citizenId + "/vum/new");
        assertThat(form.status()).isEqualTo(200);
        for (VumReference.Theme theme : VUM.themes()) {
            assertThat(form.body()).contains(theme.name());
        }
        assertThat(form.body()).contains("Funktioner og forhold", "0 Ingen/ubetydelige problemer", "4 Fuldstændige problemer",
                "Egen læge", "Psykolog", "Udfører", "Pårørende");
        assertNoCodes(form.body());

        Page saved = caseworker.post("/citizens/" + citizenId + "/vum", fields(
                "assessedOn", today(), "resources[SELF_CARE]", "Klarer selv morgenmad",
                "challenges[SELF_CARE]", "Glemmer at spise", "limitation[SELF_CARE]", "2",
                "statements[0].source", "GP", "statements[0].name", "Læge Hansen",
                "statements[0].givenOn", today(), "statements[0].text", "Har brug for faste rammer.", "overallAssessment", "Behov for socialpædagogisk støtte"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/vum-assessments/");

        Page shown = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Egenomsorg", "Aktivitet og deltagelse", "Moderate problemer",
                "Klarer selv morgenmad", "Egen læge", "Læge Hansen", "Kladde", "Behov for socialpædagogisk støtte");
        assertNoCodes(shown.body());

        Page section = caseworker.htmx("/citizens/" + citizenId + "/vum");
        assertThat(section.body()).contains("Kladde").doesNotContain("Borgeren har ingen VUM-udredninger.");
        assertNoCodes(section.body());
    }

    @Test
    void aStepOffTheScaleIsShownInDanishByTheFieldAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from vum_assessment").query(Long.class).single();
        caseworker.get("/citizens/" + citizenId + "/vum/new");   // the form's CSRF token
        Page page = caseworker.post("/citizens/" + citizenId + "/vum", fields(
                "assessedOn", today(), "wishes[MOBILITY]", "Vil gerne cykle", "limitation[MOBILITY]", "7"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Udredningen er ikke gemt", "Vælg et trin på skalaen fra 0 til 4.", "Vil gerne cykle");
        assertNoCodes(page.body());
        assertThat(jdbc.sql("select count(*) from vum_assessment").query(Long.class).single()).isEqualTo(before);
    }

    /** What a person reads (the text between tags) holds no theme code, status, source or message key. */
    private static void assertNoCodes(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", "\n");
        List<String> codes = new ArrayList<>(List.of("DRAFT", "COMPLETED", "PSYCHOLOGIST", "PROVIDER", "RELATIVE",
                "ACCEPTED", "DECLINED", "vum.", "actionPlan.", "??"));
        VUM.themes().forEach(t -> codes.add(t.code()));
        assertThat(text).doesNotContain(codes.toArray(String[]::new));
        assertThat(text).doesNotContainPattern("\\bGP\\b");
    }

    private static String today() {
        return LocalDate.now(DanishTime.ZONE).toString();
    }

    private static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return list;
    }
}

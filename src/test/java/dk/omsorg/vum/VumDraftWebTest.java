package dk.omsorg.vum;

import dk.omsorg.shared.DanishTime;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting a VUM 2.0 draft in the browser over real HTTP (issue 16): themes and several statements from others
 * (GP, psychologist, provider) are changed, added and removed; a colleague's change since the form was read answers
 * 409 in Danish with what was typed; a refused field keeps what was typed; a completed udredning is read-only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VumDraftWebTest {

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
    void aDraftIsCorrectedWithSeveralStatementsAddedAndRemoved() {
        long id = draft("Læge Hansen", "Psykolog Berg");
        Page shown = caseworker.get("/vum-assessments/" + id);
        assertThat(shown.body()).contains("id=\"edit-vum\"", "Ret kladden");

        Page form = caseworker.get("/vum-assessments/" + id + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Ret VUM-udredning", "value=\"Læge Hansen\"", "value=\"Psykolog Berg\"",
                "Glemmer at spise", "name=\"version\" value=\"0\"", "id=\"statement-2\"");

        // "Tilføj endnu en udtalelse": the form again with one more row and what was typed; nothing is saved
        List<Map.Entry<String, String>> typed = fields("version", "0", "assessedOn", today(),
                "challenges[SELF_CARE]", "Glemmer at spise om aftenen", "limitation[SELF_CARE]", "3",
                "statements[0].source", "GP", "statements[0].name", "Læge Hansen", "statements[0].givenOn", today(),
                "statements[0].text", "Har brug for faste rammer.", "statements[0].remove", "true",
                "statements[1].source", "PSYCHOLOGIST", "statements[1].name", "Psykolog Berg",
                "statements[1].givenOn", today(), "statements[1].text", "Angst i nye situationer.",
                "statements[2].source", "PROVIDER", "statements[2].name", "Bostøtten Ikast",
                "statements[2].givenOn", today(), "statements[2].text", "Kommer til aftaler med støtte.");
        List<Map.Entry<String, String>> adding = new ArrayList<>(typed);
        adding.add(Map.entry("addStatement", "true"));
        Page more = caseworker.post("/vum-assessments/" + id, adding);
        assertThat(more.status()).isEqualTo(200);
        assertThat(more.body()).contains("value=\"Psykolog Berg\"", "value=\"Bostøtten Ikast\"", "id=\"statement-3\"")
                .doesNotContain("value=\"Læge Hansen\"");
        assertThat(version(id)).isZero();

        Page saved = caseworker.post("/vum-assessments/" + id, typed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page after = caseworker.get("/vum-assessments/" + id);
        assertThat(after.body()).contains("Glemmer at spise om aftenen", "Svære problemer", "Psykolog", "Psykolog Berg",
                "Udfører", "Bostøtten Ikast", "Kladde").doesNotContain("Læge Hansen");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aChangeToAnOutdatedVersionIsRefusedWith409InDanishKeepingWhatWasTyped() {
        long id = draft("Læge Hansen");
        caseworker.get("/vum-assessments/" + id + "/edit");
        assertThat(caseworker.post("/vum-assessments/" + id, fields("version", "0", "assessedOn", today(),
                "wishes[MOBILITY]", "En kollegas rettelse")).status()).isEqualTo(302);

        Page stale = caseworker.post("/vum-assessments/" + id, fields("version", "0", "assessedOn", today(),
                "wishes[MOBILITY]", "Min rettelse, som ikke må gå tabt"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Oplysningerne er opdateret af en anden", "Min rettelse, som ikke må gå tabt");
        assertThat(caseworker.get("/vum-assessments/" + id).body()).contains("En kollegas rettelse")
                .doesNotContain("Min rettelse");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aStatementWithoutANameIsRefusedByItsFieldAndNothingIsChanged() {
        long id = draft("Læge Hansen");
        caseworker.get("/vum-assessments/" + id + "/edit");
        Page refused = caseworker.post("/vum-assessments/" + id, fields("version", "0", "assessedOn", today(),
                "statements[0].source", "PSYCHOLOGIST", "statements[0].name", "",
                "statements[0].givenOn", today(), "statements[0].text", "Skrevet, men uden navn."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Udredningen er ikke gemt",
                "Angiv navnet på den, der har givet udtalelsen.", "Skrevet, men uden navn.");
        assertThat(version(id)).isZero();
        assertThat(caseworker.get("/vum-assessments/" + id).body()).contains("Læge Hansen");
    }

    @Test
    void aCompletedUdredningIsReadOnly() {
        long id = draft("Læge Hansen");
        caseworker.get("/vum-assessments/" + id + "/edit");
        Page completed = caseworker.post("/vum-assessments/" + id, fields("version", "0", "assessedOn", today(),
                "limitation[SELF_CARE]", "2", "overallAssessment", "Behov for støtte", "complete", "true"));
        assertThat(completed.status()).as(completed.body()).isEqualTo(302);

        Page shown = caseworker.get("/vum-assessments/" + id);
        assertThat(shown.body()).contains("Afsluttet", "kan kun læses").doesNotContain("id=\"edit-vum\"");
        Page edit = caseworker.get("/vum-assessments/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.body()).contains("Udredningen er afsluttet og kan ikke rettes").doesNotContain("id=\"vum-form\"");
        Page post = caseworker.post("/vum-assessments/" + id, fields("version", "1", "assessedOn", today(),
                "limitation[SELF_CARE]", "4", "overallAssessment", "Ændret bagefter"));
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.body()).contains("Udredningen er afsluttet og kan ikke rettes");
        assertThat(version(id)).isEqualTo(1);
    }

    /** A draft recorded in the browser with a statement from each name; returns its id. */
    private long draft(String... statementNames) {
        caseworker.get("/citizens/" + citizenId + "/vum/new");
        List<Map.Entry<String, String>> f = fields("assessedOn", today(), "challenges[SELF_CARE]", "Glemmer at spise",
                "limitation[SELF_CARE]", "1");
        for (int i = 0; i < statementNames.length; i++) {
            f.addAll(fields("statements[" + i + "].source", i == 0 ? "GP" : "PSYCHOLOGIST",
                    "statements[" + i + "].name", statementNames[i], "statements[" + i + "].givenOn", today(),
                    "statements[" + i + "].text", "Udtalelse " + (i + 1)));
        }
        Page saved = caseworker.post("/citizens/" + citizenId + "/vum", f);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(saved.location().replaceFirst(".*/vum-assessments/", ""));
    }

    private int version(long id) {
        return jdbc.sql("select version from vum_assessment where id = ?").param(id).query(Integer.class).single();
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

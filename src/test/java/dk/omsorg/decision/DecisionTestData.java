package dk.omsorg.decision;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens, request bodies, row counts and PDF text for the decision tests. */
public final class DecisionTestData {

    /** FSIII "Personlig pleje" (current; J1.8 "Gå på toilet" is read from it). */
    public static final String PERSONLIG_PLEJE = "feb38b55-c2d7-4d57-99c2-93622eaa0025";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecisionTestData() {
    }

    public static LocalDate today() {
        return LocalDate.now(DanishTime.ZONE);
    }

    /** A citizen with an open inquiry (and an assessment when scores are given), through the API. */
    public record Applicant(long citizenId, long inquiryId) {
    }

    public static Applicant applicant(ApiClient caseworker, String legalBasis, Map<String, Integer> scores) {
        String cpr = TestCitizens.newCpr();
        var inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", cpr, "citizenName", "Afgørelse Ærø Østergård", "address", "Testvej 1, 2670 Greve",
                "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Hjælp til bad og rengøring",
                "legalBasis", legalBasis, "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        if (scores != null) {
            var assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                    "inquiryId", inquiryId, "assessedOn", today().toString(),
                    "overallAssessment", "Har brug for hjælp efter hofteoperation.", "abilityScores", scores)));
            assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        }
        return new Applicant(citizenId, inquiryId);
    }

    /** A grant as the API takes it. {@code shifts} like "DAY,EVENING"; null values are left out. */
    public static Map<String, Object> grant(String code, Integer times, String per, String shifts, Integer minutes,
                                            LocalDate start, LocalDate end) {
        Map<String, Object> grant = map("interventionCode", code, "times", times, "per", per,
                "shifts", shifts == null ? List.of() : Arrays.asList(shifts.split(",")), "minutesPerDelivery", minutes,
                "start", start == null ? null : start.toString(), "end", end == null ? null : end.toString());
        return grant;
    }

    public static Map<String, Object> with(Map<String, Object> grant, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(grant);
        copy.putAll(map(keysAndValues));
        return copy;
    }

    @SafeVarargs
    public static String decision(long citizenId, Long inquiryId, Map<String, Object>... grants) {
        return json(map("citizenId", citizenId, "inquiryId", inquiryId,
                "appliedFor", inquiryId == null ? "Hjælp til bad" : null, "grants", List.of(grants)));
    }

    @SafeVarargs
    public static String check(long citizenId, Map<String, Object>... grants) {
        return json(map("citizenId", citizenId, "grants", List.of(grants)));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** An ordered map that keeps nulls (JSON null). */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Rows in the decision tables, to show that a refused request stored nothing. */
    public record Rows(long decisions, long grants, long findings, long refusals, long letters) {
        public static Rows count(JdbcClient jdbc) {
            return new Rows(count(jdbc, "decision"), count(jdbc, "decision_grant"), count(jdbc, "decision_finding"),
                    count(jdbc, "decision_refusal"), count(jdbc, "decision_letter"));
        }

        private static long count(JdbcClient jdbc, String table) {
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
    }

    /** The text of a PDF, as PDFBox extracts it, with whitespace collapsed. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> list(Map<String, Object>... grants) {
        return new ArrayList<>(List.of(grants));
    }

    /**
     * A decision above the caseworker's authority (Ikast-Brande's botilbud and BPA, seed 001) is a recommendation
     * (202): Ikast-Brande's leader approves it here, and the decision is returned as the API reads it.
     */
    public static ApiClient.Response approvedIfRecommended(int port, ApiClient.Response made) {
        if (made.status() != 202) {
            return made;
        }
        ApiClient leader = ApiClient.as(port, "leder-ikast");
        var approved = leader.post("/api/v1/recommendations/" + made.json().get("id").asLong() + "/approval",
                json(map("version", made.json().get("version").asInt())));
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        return leader.get("/api/v1/decisions/" + approved.json().get("decisionId").asLong());
    }
}

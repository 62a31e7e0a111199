package dk.omsorg.catalog;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static dk.omsorg.catalog.TestCatalogs.KOMMUNIKATION;
import static dk.omsorg.catalog.TestCatalogs.LAVE_HUSLIGT_ARBEJDE;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue API over real HTTP, on the test catalogues. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"omsorg.catalog.location=" + TestCatalogs.LOCATION, TestCatalogs.NO_PLACES})
class CatalogApiTest {

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static JsonNode intervention(JsonNode catalog, String code) {
        for (JsonNode area : catalog.get("areas")) {
            for (JsonNode intervention : area.get("interventions")) {
                if (intervention.get("code").asString().equals(code)) {
                    return intervention;
                }
            }
        }
        throw new AssertionError("no intervention " + code);
    }

    @Test
    void anAreasLegalBasesCarryTheirPeriodsAndAgeGroups() {
        JsonNode area = as("visitator").get("/api/v1/catalogs/253?on=2023-06-01").json().get("areas").get(0);

        assertThat(area.get("legalBasis").get(0).asString()).isEqualTo("SEL § 83 stk. 1 nr. 2");
        JsonNode aeldreloven = area.get("legalBases").get(1);
        assertThat(aeldreloven.get("text").asString()).isEqualTo("Ældreloven § 10");
        assertThat(aeldreloven.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(aeldreloven.get("citizens").asString()).isEqualTo("FOLKEPENSION_AGE");
    }

    @Test
    void theCatalogueInForceOnADayWithCriteriaInDanishAndRetiredStatesResolved() {
        var response = as("visitator").get("/api/v1/catalogs/253?on=2022-06-01");

        assertThat(response.status()).isEqualTo(200);
        JsonNode catalog = response.json();
        assertThat(catalog.get("municipalityCode").asInt()).isEqualTo(253);
        assertThat(catalog.get("version").asString()).isEqualTo("Testkvalitetsstandard 2022");
        assertThat(catalog.get("validTo").asString()).isEqualTo("2022-12-31");
        assertThat(catalog.get("shape").asString()).isEqualTo("HOME_CARE");
        JsonNode area = catalog.get("areas").get(0);
        assertThat(area.get("code").asString()).isEqualTo("personlig-pleje");
        assertThat(area.get("startDeadline").get("kind").asString()).isEqualTo("WORKING_DAYS");
        assertThat(area.get("startDeadline").get("amount").asInt()).isEqualTo(3);

        JsonNode shopping = intervention(catalog, "indkoeb");
        assertThat(shopping.get("fsiii").get("legacyCode").asString()).isEqualTo("H1.7");
        JsonNode first = shopping.get("criteria").get("all").get(0);
        assertThat(first.get("description").asString())
                .isEqualTo("Score 2–4 på Anvende kommunikationsudstyr og -teknikker (udgået; vurderes på Kommunikation)");
        JsonNode state = first.get("states").get(0);
        assertThat(state.get("legacyCode").asString()).isEqualTo("J4.1");
        assertThat(state.get("current").asBoolean()).isFalse();
        assertThat(state.get("scoredOn").get("code").asString()).isEqualTo(KOMMUNIKATION.toString());
        assertThat(shopping.get("criteria").get("all").get(1).get("atLeast").asInt()).isEqualTo(2);
        assertThat(shopping.get("limits").get(0).get("scope").asString()).isEqualTo("HOUSEHOLD");
        assertThat(intervention(catalog, "rh-bad").get("excludesInSameVisit").toString())
                .isEqualTo("[\"personlig-hygiejne\",\"af-og-paaklaedning\"]");
    }

    @Test
    void withoutADateTheCatalogueInForceTodayAndAnotherMunicipalitysMayBeRead() {
        assertThat(as("visitator").get("/api/v1/catalogs/253").json().get("version").asString())
                .isEqualTo("Testkvalitetsstandard 2023");
        JsonNode ikast = as("visitator").get("/api/v1/catalogs/756").json();
        assertThat(ikast.get("shape").asString()).isEqualTo("SOCIAL");
        assertThat(ikast.get("areas").get(0).get("appealable").asBoolean()).isFalse();
        assertThat(as("visitator-ikast").get("/api/v1/catalogs/253?on=2022-01-01").status()).isEqualTo(200);
    }

    @Test
    void noCatalogueInForceIsADanish404() {
        var before = as("visitator").get("/api/v1/catalogs/253?on=2021-12-31");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");
        assertThat(before.json().get("detail").asString()).isEqualTo("Kommune 253 har ingen kvalitetsstandard i kraft den 31.12.2021.");
        assertThat(as("visitator").get("/api/v1/catalogs/561").status()).isEqualTo(404);
        assertThat(as("visitator").get("/api/v1/catalogs/253?on=31-12-2021").status()).isEqualTo(400);
    }

    @Test
    void theVersionsOldestFirst() {
        JsonNode versions = as("visitator").get("/api/v1/catalogs/253/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("validFrom").asString()).isEqualTo("2022-01-01");
        assertThat(versions.get(0).get("inForceToday").asBoolean()).isFalse();
        assertThat(versions.get(1).get("version").asString()).isEqualTo("Testkvalitetsstandard 2023");
        assertThat(versions.get(1).get("validTo").isNull()).isTrue();
        assertThat(versions.get(1).get("inForceToday").asBoolean()).isTrue();
        assertThat(as("visitator").get("/api/v1/catalogs/561/versions").json()).isEmpty();
    }

    @Test
    void eligibilityListsTheInterventionsWhoseCriteriaTheScoresMeet() {
        var response = as("visitator").post("/api/v1/catalogs/253/eligibility", """
                {"on": "2022-06-01", "scores": {"%s": 3, "%s": 4, "%s": null}}"""
                .formatted(PERSONLIG_PLEJE, LAVE_HUSLIGT_ARBEJDE, KOMMUNIKATION));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("version").asString()).isEqualTo("Testkvalitetsstandard 2022");
        List<String> eligible = new ArrayList<>();
        body.get("areas").forEach(a -> a.get("eligible").forEach(i -> eligible.add(i.get("code").asString())));
        assertThat(eligible).containsExactly("rh-bad", "personlig-hygiejne", "rengoering");
        JsonNode bath = body.get("areas").get(0).get("eligible").get(0);
        assertThat(bath.get("outcome").asString()).isEqualTo("MET");
        assertThat(bath.get("checks").get(0).asString())
                .isEqualTo("Score 2–4 på Vaske sig (udgået; vurderes på Personlig pleje): opfyldt (Personlig pleje: 3 (for Vaske sig, udgået))");
        JsonNode practical = body.get("areas").get(1);
        assertThat(practical.get("needsAssessment").get(0).get("code").asString()).isEqualTo("indkoeb");
        assertThat(practical.get("needsAssessment").get(0).get("alternative").asString())
                .isEqualTo("Samt borgere med et væsentligt synshandicap");
    }

    @Test
    void eligibilityRefusesScoresOffTheScaleAndUnknownStatesNamingTheField() {
        var offScale = as("visitator").post("/api/v1/catalogs/253/eligibility",
                "{\"scores\": {\"%s\": 7}}".formatted(PERSONLIG_PLEJE));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.json().get("detail").asString())
                .isEqualTo("7 er ikke en gyldig score for \"Personlig pleje\". Brug 0, 1, 2, 3, 4 eller 9 (ikke relevant).");
        assertThat(offScale.json().get("errors").get(0).get("field").asString()).isEqualTo("scores[" + PERSONLIG_PLEJE + "]");

        var unknown = as("visitator").post("/api/v1/catalogs/253/eligibility", "{\"scores\": {\"J2.4\": 2}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("scores[J2.4]");
        assertThat(as("visitator").post("/api/v1/catalogs/253/eligibility", "{\"scores\": ").status()).isEqualTo(400);
        assertThat(as("visitator").post("/api/v1/catalogs/561/eligibility", "{\"scores\": {}}").status()).isEqualTo(404);
    }

    @Test
    void readingNeedsARoleWithCitizenAccessAndALogin() {
        assertThat(as("okonomi").get("/api/v1/catalogs/253").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/catalogs/253").status()).isEqualTo(401);
        assertThat(as("koordinator").get("/api/v1/catalogs/253").status()).isEqualTo(200);
        assertThat(as("leder").get("/api/v1/catalogs/253/versions").status()).isEqualTo(200);
    }
}

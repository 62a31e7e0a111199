package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The units synced from places.yaml at start, over real HTTP and in the browser, per municipality. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceUnitApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitsAreStoredAtStartAndStaffSeeOnlyTheirOwnMunicipalitys() {
        assertThat(jdbc.sql("select count(*) from place_unit where municipality_id = 561 and listed").query(Integer.class).single())
                .isEqualTo(4);
        ApiClient.Response esbjerg = ApiClient.as(port, "visitator-esbjerg").get("/api/v1/place-units");
        assertThat(esbjerg.status()).isEqualTo(200);
        List<String> codes = StreamSupport.stream(esbjerg.json().spliterator(), false).map(u -> u.get("code").asText()).toList();
        assertThat(codes).contains("midlertidig-esbjerg", "interval-ribe", "plejecenter-bramming", "aeldreboliger-nord")
                .doesNotContain("midlertidig-greve", "plejecenter-hundige");
        JsonNode bramming = StreamSupport.stream(esbjerg.json().spliterator(), false)
                .filter(u -> u.get("code").asText().equals("plejecenter-bramming")).findFirst().orElseThrow();
        assertThat(bramming.get("kind").asText()).isEqualTo("NURSING_HOME");
        assertThat(bramming.get("places").asInt()).isEqualTo(40);
        assertThat(bramming.get("district").asText()).isEqualTo("bramming");

        ApiClient.Response greve = ApiClient.as(port, "visitator").get("/api/v1/place-units");
        assertThat(greve.body()).contains("plejecenter-hundige").doesNotContain("plejecenter-bramming");

        ApiClient.Response classes = ApiClient.as(port, "visitator-esbjerg").get("/api/v1/place-units/priority-classes");
        assertThat(StreamSupport.stream(classes.json().spliterator(), false).map(c -> c.get("name").asText()).toList())
                .containsExactly("Akut", "Indlagte, der er færdigbehandlede", "Høj", "Middel", "Planlagt");
    }

    @Test
    void aProvidersUserIsRefused() {
        assertThat(ApiClient.as(port, "hjemmeplejen-esbjerg").get("/api/v1/place-units").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "hjemmeplejen-esbjerg").get("/places").status()).isEqualTo(403);
    }

    @Test
    void thePageListsTheUnitsAndThePriorityClassesInDanish() {
        WebSession.Page page = WebSession.logIn(port, "visitator-esbjerg").get("/places");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<h1>Pladser</h1>").contains("Plejecenter Bramming (demo)").contains("Plejebolig")
                .contains("Bramming").contains("Intervalophold").contains("Ældrebolig").contains("Midlertidigt ophold")
                .contains("Plejebolig, generel venteliste").contains("fra 01.01.2024")
                .doesNotContain("NURSING_HOME").doesNotContain("esbjerg-midt").doesNotContain("Plejecenter Hundige");
        assertThat(body.indexOf("<li>Akut</li>")).isPositive()
                .isLessThan(body.indexOf("<li>Indlagte, der er færdigbehandlede</li>"));
        assertThat(body.indexOf("<li>Høj</li>")).isLessThan(body.indexOf("<li>Middel</li>"));
        assertThat(body.indexOf("<li>Middel</li>")).isLessThan(body.indexOf("<li>Planlagt</li>"));
    }
}

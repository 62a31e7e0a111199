package dk.omsorg.citizen;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static dk.omsorg.citizen.ContactApiTest.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** Households over the REST API (issue 15): citizens of one municipality at one address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient coordinator;
    ApiClient caseworker;

    @BeforeEach
    void clients() {
        coordinator = ApiClient.as(port, "koordinator");
        caseworker = ApiClient.as(port, "visitator");
    }

    private ApiClient.Response link(long citizenId, Long memberId) {
        return caseworker.post("/api/v1/citizens/" + citizenId + "/household", "{\"memberId\": " + memberId + "}");
    }

    private long members() {
        return jdbc.sql("select count(*) from household_member").query(Long.class).single();
    }

    @Test
    void spousesAtTheSameAddressAreLinkedAndUnlinked() {
        long anna = citizen(coordinator, "Anna Ægtefælle", "Husstandsvej 3, 2670 Greve");
        long bent = citizen(coordinator, "Bent Ægtefælle", "husstandsvej 3,  2670 greve");

        var linked = link(anna, bent);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().findValuesAsString("name")).containsExactly("Bent Ægtefælle");
        JsonNode fromBent = caseworker.get("/api/v1/citizens/" + bent + "/household").json();
        assertThat(fromBent.findValuesAsString("name")).containsExactly("Anna Ægtefælle");

        var unlinked = caseworker.post("/api/v1/citizens/" + anna + "/household/" + bent + "/unlink", "");
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json()).isEmpty();
        assertThat(caseworker.get("/api/v1/citizens/" + bent + "/household").json()).isEmpty();
        // one left: the household ended, and both may be linked anew
        assertThat(link(bent, anna).status()).isEqualTo(200);
    }

    @Test
    void aCitizenOfAnotherMunicipalityIsRefusedByFieldAndNothingChanges() {
        long greve = citizen(coordinator, "Greta Greve", "Fællesvej 1, 2670 Greve");
        long esbjerg = citizen(ApiClient.as(port, "koordinator-esbjerg"), "Egon Esbjerg", "Fællesvej 1, 2670 Greve");
        long before = members();

        var refused = link(greve, esbjerg);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("memberId");
        assertThat(refused.json().get("detail").asText()).contains("samme kommune");
        assertThat(members()).isEqualTo(before);
        // and from the other side the Greve citizen is simply not found
        assertThat(ApiClient.as(port, "visitator-esbjerg").post("/api/v1/citizens/" + greve + "/household",
                "{\"memberId\": " + esbjerg + "}").status()).isEqualTo(404);
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void theSameCitizenTwiceIsRefused() {
        long carl = citizen(coordinator, "Carl Dobbelt", "Dobbeltvej 2, 2670 Greve");
        long dora = citizen(coordinator, "Dora Dobbelt", "Dobbeltvej 2, 2670 Greve");
        var self = link(carl, carl);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("errors").get(0).get("field").asText()).isEqualTo("memberId");
        long before = members();
        assertThat(link(carl, dora).status()).isEqualTo(200);
        var twice = link(dora, carl);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asText()).isEqualTo("Carl Dobbelt er allerede i husstanden.");
        assertThat(members()).isEqualTo(before + 2);
    }

    @Test
    void aCitizenAlreadyInAnotherHouseholdIsRefused() {
        long erik = citizen(coordinator, "Erik Første", "Flyttevej 5, 2670 Greve");
        long frida = citizen(coordinator, "Frida Første", "Flyttevej 5, 2670 Greve");
        long gert = citizen(coordinator, "Gert Anden", "Flyttevej 5, 2670 Greve");
        long hanne = citizen(coordinator, "Hanne Anden", "Flyttevej 5, 2670 Greve");
        assertThat(link(erik, frida).status()).isEqualTo(200);
        assertThat(link(gert, hanne).status()).isEqualTo(200);
        long before = members();

        var refused = link(erik, gert);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("memberId");
        assertThat(refused.json().get("detail").asText()).contains("Gert Anden", "anden husstand");
        assertThat(members()).isEqualTo(before);
        assertThat(caseworker.get("/api/v1/citizens/" + gert + "/household").json().findValuesAsString("name"))
                .containsExactly("Hanne Anden");
    }

    @Test
    void aCitizenAtAnotherAddressIsRefused() {
        long ida = citizen(coordinator, "Ida Adresse", "Østergade 1, 2670 Greve");
        long jens = citizen(coordinator, "Jens Adresse", "Vestergade 9, 2670 Greve");
        long before = members();
        var refused = link(ida, jens);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("memberId");
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Jens Adresse bor på en anden adresse (Vestergade 9, 2670 Greve) end Ida Adresse "
                        + "(Østergade 1, 2670 Greve). En husstand er borgere på samme adresse: ret adressen, før borgerne tilknyttes.");
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aCitizenIsInAtMostOneCurrentHouseholdByTheDatabasesOwnKey() {
        long kim = citizen(coordinator, "Kim Nøgle", "Nøglevej 1, 2670 Greve");
        long lis = citizen(coordinator, "Lis Nøgle", "Nøglevej 1, 2670 Greve");
        assertThat(link(kim, lis).status()).isEqualTo(200);
        // a second current membership written past the service is refused by the unique index
        long other = jdbc.sql("insert into household (municipality_id, created_at, created_by) values (253, now(), 'test') returning id")
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into household_member (municipality_id, household_id, citizen_id, joined_at, joined_by)
                        values (253, ?, ?, now(), 'test')""").params(other, kim).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }
}

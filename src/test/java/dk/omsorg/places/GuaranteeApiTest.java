package dk.omsorg.places;

import dk.omsorg.places.internal.GuaranteeTasks;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plejeboliggaranti (serviceloven § 192 a / almenboligloven § 58 a) over real HTTP: an offer at the latest 2 months
 * after the list date (Greve's places.yaml), ready to move into 2 weeks after that; a decline restarting the 2 months
 * from the day the refusal was received; no guarantee on a specific list. Dates are relative to today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuaranteeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    PlaceFixture fixture;
    ApiClient leader;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new PlaceFixture(jdbc, port);
        leader = ApiClient.as(port, "leder");
        today = LocalDate.now(DanishTime.ZONE);
    }

    @Test
    void theOfferIsDueTwoMonthsAfterTheListDateAndAnEntryWithoutAnOfferByThenIsABreach() {
        LocalDate listed = today.minusMonths(3);
        PlaceFixture.Listed late = fixture.general("Plejebolig Grethe Gram", listed, listed);
        PlaceFixture.Listed fresh = fixture.general("Plejebolig Frede Friis", today.minusDays(10), today.minusDays(10));

        JsonNode overview = leader.get("/api/v1/nursing-home-guarantee").json();
        JsonNode d = find(overview.get("general"), late.entryId());
        assertThat(d.get("offerBy").asText()).isEqualTo(listed.plusMonths(2).toString());
        assertThat(d.get("readyBy").asText()).isEqualTo(listed.plusMonths(2).plusWeeks(2).toString());
        assertThat(d.get("daysLeft").asLong()).isEqualTo(-ChronoUnit.DAYS.between(listed.plusMonths(2), today));
        assertThat(find(overview.get("general"), fresh.entryId()).get("offerBy").asText())
                .isEqualTo(today.minusDays(10).plusMonths(2).toString());

        List<JsonNode> breaches = breaches(late.entryId());
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).get("kind").asText()).isEqualTo("NOT_OFFERED");
        assertThat(breaches.get(0).get("daysOver").asLong()).isEqualTo(ChronoUnit.DAYS.between(listed.plusMonths(2), today));
        assertThat(breaches(fresh.entryId())).isEmpty();

        WebSession.Page page = WebSession.logIn(port, "leder").get("/places/guarantee");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Plejeboliggaranti</h1>").contains("Plejebolig Grethe Gram")
                .contains("Intet tilbud inden fristen").doesNotContain("NOT_OFFERED").doesNotContain("NURSING_HOME");
        assertThat(ApiClient.as(port, "leverandor-a").get("/api/v1/nursing-home-guarantee").status()).isEqualTo(403);
    }

    @Test
    void aDeclinedOfferRestartsTheTwoMonthsFromTheDayTheRefusalWasReceived() {
        LocalDate listed = today.minusMonths(4);
        PlaceFixture.Listed declined = fixture.general("Plejebolig Dorte Dam", listed, listed);
        long offer = fixture.offer(declined.entryId(), listed.plusMonths(1), listed.plusMonths(1).plusWeeks(1), 7);
        LocalDate refusal = today.minusDays(20);
        fixture.decline(declined.entryId(), offer, refusal);

        JsonNode d = find(leader.get("/api/v1/nursing-home-guarantee").json().get("general"), declined.entryId());
        assertThat(d.get("guaranteeFrom").asText()).isEqualTo(refusal.toString());
        assertThat(d.get("offerBy").asText()).isEqualTo(refusal.plusMonths(2).toString());
        assertThat(d.get("daysLeft").asLong()).isPositive();
        assertThat(d.get("offeredOn").isNull()).isTrue();
        // more than 2 months after the list date, but the refusal restarted the guarantee and the offer came in time
        assertThat(breaches(declined.entryId())).isEmpty();

        // without the restart the same entry would be in breach: an offer made late, and a move-in after the ready-by date
        PlaceFixture.Listed slow = fixture.general("Plejebolig Sune Storm", listed, listed);
        fixture.offer(slow.entryId(), listed.plusMonths(2).plusDays(5), listed.plusMonths(2).plusWeeks(2).plusDays(9), 8);
        List<JsonNode> breaches = breaches(slow.entryId());
        assertThat(breaches).extracting(b -> b.get("kind").asText() + " " + b.get("daysOver").asLong())
                .containsExactlyInAnyOrder("OFFER_LATE 5", "MOVE_IN_LATE 9");
    }

    @Test
    void aSpecificListHasNoGuaranteeNoBreachAndNoTask() {
        PlaceFixture.Listed wished = fixture.specific("Plejebolig Vera Vang", today.minusMonths(5));
        JsonNode overview = leader.get("/api/v1/nursing-home-guarantee").json();
        assertThat(StreamSupport.stream(overview.get("general").spliterator(), false)
                .anyMatch(n -> n.get("entryId").asLong() == wished.entryId())).isFalse();
        assertThat(find(overview.get("specific"), wished.entryId()).get("wishedUnit").asText()).isEqualTo("Plejecenter Hundige (demo)");
        assertThat(breaches(wished.entryId())).isEmpty();
        assertThat(WebSession.logIn(port, "visitator").get("/places/guarantee").body())
                .contains("Plejebolig Vera Vang").contains("ingen garanti — ønsket plejebolig");
        tasks.run(today);
        assertThat(jdbc.sql("select count(*) from place_guarantee_warning where entry_id = ?").param(wished.entryId())
                .query(Long.class).single()).isZero();
    }

    @Autowired
    GuaranteeTasks tasks;

    private List<JsonNode> breaches(long entryId) {
        ApiClient.Response r = leader.get("/api/v1/nursing-home-guarantee/breaches");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().spliterator(), false).filter(b -> b.get("entryId").asLong() == entryId).toList();
    }

    private static JsonNode find(JsonNode array, long entryId) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get("entryId").asLong() == entryId)
                .findFirst().orElseThrow();
    }
}

package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.internal.NotifyingTemporaryGrantEnds;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002 "Midlertidig indsats": the provider is told ahead that a temporary grant ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemporaryGrantEndNoticeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotifyingTemporaryGrantEnds ends;

    @Test
    void theProviderIsToldOnceThatATemporaryGrantEndsWithinAWeek() {
        LocalDate today = DecisionTestData.today();
        UUID endsSoon = grantEnding(today.plusDays(5));
        UUID endsLater = grantEnding(today.plusDays(20));
        long provider = NoticeTestData.providerOf(jdbc, "leverandor-a");

        ends.notifyEndsWithin(today);
        int again = ends.notifyEndsWithin(today);

        assertThat(again).isZero();
        assertThat(endingNotices(endsSoon, provider)).containsExactly(today.plusDays(5));
        assertThat(endingNotices(endsLater, provider)).isEmpty();
        var inbox = ApiClient.as(port, "leverandor-a").get("/api/v1/provider/notices");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("TEMPORARY_GRANT_ENDING");
        assertThat(ApiClient.as(port, "leverandor-b").get("/api/v1/provider/notices").body())
                .doesNotContain(endsSoon.toString());
    }

    private UUID grantEnding(LocalDate end) {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long providerId = NoticeTestData.providerOf(jdbc, "leverandor-a");
        LocalDate today = DecisionTestData.today();
        var applicant = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, providerId), "Midlertidig Mona", today);
        var decision = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(),
                "grants", List.of(DecisionTestData.with(NoticeTestData.bath(today, providerId), "end", end.toString())))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        return UUID.fromString(decision.json().get("grants").get(0).get("grantKey").asText());
    }

    private List<LocalDate> endingNotices(UUID grantKey, long providerId) {
        return jdbc.sql("""
                        select effective_on from notice
                        where grant_key = ? and provider_id = ? and kind = 'TEMPORARY_GRANT_ENDING'""")
                .params(grantKey, providerId).query(LocalDate.class).list();
    }
}

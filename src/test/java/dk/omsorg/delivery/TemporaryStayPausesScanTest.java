package dk.omsorg.delivery;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.places.StayBooking;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: while the citizen stays in a temporary place the reassessment clock stops — the absence of kind
 * midlertidigt ophold registered at the move-in pauses the expected delivery like any other absence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemporaryStayPausesScanTest {

    /** A Monday in 2024, weeks after ReassessmentScanTest's days, so their visits do not mix in. */
    static final LocalDate DAY0 = LocalDate.of(2024, 6, 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReassessmentScan scan;
    @Autowired
    StayBooking booking;

    @Test
    void aTemporaryStayPausesTheExpectedDelivery() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        ScanFixture fixture = new ScanFixture(jdbc, NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today()));
        UUID grant = fixture.grant(1, "DAY", 30, DAY0);
        fixture.deliveredDaily(grant, DAY0, DAY0.plusDays(9), 30);
        // nothing delivered for 16 days while the citizen stays in a temporary place, then as granted
        fixture.deliveredDaily(grant, DAY0.plusDays(26), DAY0.plusDays(34), 30);
        LocalDate asOf = DAY0.plusDays(35);
        scan.scan(asOf);
        assertThat(fixture.flags(grant)).as("without the stay, 16 days of nothing is a deviation").hasSize(1);
        jdbc.sql("delete from reassessment_flag where grant_key = ?").param(grant).update();

        long stay = booking.plan(new StayBooking.Booking(253, fixture.base().citizenId(), "midlertidig-greve", 12,
                DAY0.plusDays(10), DAY0.plusDays(26), null, null), "visitator");
        var in = caseworker.post("/api/v1/stays/" + stay + "/move-in", json(map("version", 0, "on", DAY0.plusDays(10).toString())));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        scan.scan(asOf);
        assertThat(fixture.flags(grant)).isEmpty();
    }
}

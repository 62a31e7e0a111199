package dk.omsorg.pools;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant measured as a pool opens its pool with the decision (issue 16): § 97 ledsagelse's 15 hours a month as
 * companion hours, § 84 aflastning's days per 12 months as respite days; a § 97 grant of other than the policy's
 * hours refuses the decision with the pool's reason, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolsFromGrantsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 900) + 50);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPoolGrantOpensItsPoolWithTheDecision() {
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        DecisionTestData.Applicant a = applicant(ikast, "SEL § 97");
        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("ledsagelse", "quantity", 15), measured("aflastning-uden-for-hjemmet", "quantity", 14)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String companionKey = made.json().get("grants").get(0).get("grantKey").asText();
        String respiteKey = made.json().get("grants").get(1).get("grantKey").asText();

        assertThat(pool(companionKey)).containsEntry("kind", "COMPANION_HOURS").containsEntry("citizen_id", a.citizenId());
        assertThat(pool(respiteKey)).containsEntry("kind", "RESPITE_DAYS");
        Response pools = ikast.get("/api/v1/citizens/" + a.citizenId() + "/pools");
        assertThat(pools.status()).isEqualTo(200);
        assertThat(pools.body()).contains(companionKey, respiteKey);
    }

    @Test
    void aCompanionGrantOfOtherThanThePolicysHoursIsRefusedWithNothingStored() {
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        DecisionTestData.Applicant a = applicant(ikast, "SEL § 97");
        long decisions = jdbc.sql("select count(*) from decision where citizen_id = ?").param(a.citizenId()).query(Long.class).single();
        Response refused = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("ledsagelse", "quantity", 20)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("15");
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a.citizenId()).query(Long.class).single())
                .isEqualTo(decisions);
        assertThat(jdbc.sql("select count(*) from pool where citizen_id = ?").param(a.citizenId()).query(Long.class).single()).isZero();
    }

    private Map<String, Object> pool(String grantKey) {
        return jdbc.sql("select * from pool where grant_key = ?::uuid").param(grantKey).query().singleRow();
    }

    private static DecisionTestData.Applicant applicant(ApiClient ikast, String legalBasis) {
        String cpr = "1304%02d-1%03d".formatted(86, SERIAL.incrementAndGet() % 1000);
        Response inquiry = ikast.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Pulje Per Østergaard",
                "address", "Vestergade 2, 7430 Ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Ansøgning om ledsagelse", "legalBasis", legalBasis, "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new DecisionTestData.Applicant(inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong());
    }

    private static Map<String, Object> measured(String code, Object... fields) {
        return with(with(grant(code, null, null, null, null, today(), null), fields), "overrideReason", "Konkret vurdering.");
    }
}

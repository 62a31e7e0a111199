package dk.omsorg.audit;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a provider's read of its visits is audited per citizen, and a role refusal of municipal staff
 * (a caseworker on settlement, finance on a citizen) is audited as a refusal, on the page and in the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditRefusalsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long denied(String username) {
        return jdbc.sql("select count(*) from audit_event where username = ? and action = 'ACCESS_DENIED'")
                .param(username).query(Long.class).single();
    }

    @Test
    void aProvidersReadOfItsVisitsIsAuditedForEachCitizen() {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        assertThat(provider.post("/api/v1/provider/visits", json(Map.of("visitId", "audit-" + granted.grantKey(),
                "grantKey", granted.grantKey().toString(), "kind", "PLANNED", "date", today.toString(),
                "shift", "DAY", "minutes", 20))).status()).isEqualTo(201);

        var list = provider.get("/api/v1/provider/visits?grantKey=" + granted.grantKey());
        assertThat(list.status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where username = 'leverandor-a' and action = 'READ'
                        and resource = 'visits' and citizen_id = ?""")
                .param(granted.citizenId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void roleRefusalsOfMunicipalStaffAreAudited() {
        long caseworkerBefore = denied("visitator");
        long financeBefore = denied("okonomi");

        assertThat(ApiClient.as(port, "visitator").get("/api/v1/settlement/runs").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "visitator").get("/settlement").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "okonomi").get("/api/v1/citizens?query=Hansen").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "okonomi").get("/citizens?q=Hansen").status()).isEqualTo(403);

        assertThat(denied("visitator") - caseworkerBefore).isEqualTo(2);
        assertThat(denied("okonomi") - financeBefore).isEqualTo(2);
        List<String> what = jdbc.sql("""
                        select resource_id from audit_event where username in ('visitator', 'okonomi')
                        and action = 'ACCESS_DENIED' order by id desc limit 4""").query(String.class).list();
        assertThat(what).contains("GET /api/v1/settlement/runs", "GET /settlement", "GET /api/v1/citizens");
    }
}

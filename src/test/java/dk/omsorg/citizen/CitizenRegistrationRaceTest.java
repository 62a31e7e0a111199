package dk.omsorg.citizen;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty intakes of the same new citizen at the same moment: each finds the one citizen (or is told in
 * Danish that it was registered meanwhile), none fails, and the CPR number never reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CitizenRegistrationRaceTest {

    private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyRegistrationsOfOneNewCprAtOnceGiveOneCitizenAndNoCprInTheLog(CapturedOutput output) throws Exception {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        String body = """
                {"cprNumber": "%s", "citizenName": "Samtidig Borger", "address": "Strandvejen 1", "source": "CITIZEN",
                 "receivedAt": "2026-01-05T10:00:00+01:00", "request": "Hjælp til rengøring", "legalBasis": "SEL § 83",
                 "priority": "NORMAL"}""".formatted(cpr);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return coordinator.post("/api/v1/inquiries", body);
            }));
        }
        start.countDown();
        for (Future<ApiClient.Response> future : responses) {
            ApiClient.Response response = future.get();
            assertThat(response.status()).as(response.body()).isIn(200, 201, 409);
            if (response.status() == 409) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("title").asText()).isEqualTo("Konflikt");
            }
        }
        pool.shutdown();
        assertThat(jdbc.sql("select count(*) from citizen where cpr_number = ?").param(cpr.replace("-", ""))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(cpr, cpr.replace("-", ""));
        assertThat(CPR.matcher(output.getAll()).results().map(m -> m.group()).toList())
                .as("no CPR-like number in the log").isEmpty();
    }
}

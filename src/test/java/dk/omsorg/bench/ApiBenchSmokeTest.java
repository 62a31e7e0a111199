package dk.omsorg.bench;

import dk.omsorg.inquiry.InquiryApiTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the API benchmark ({@code bench/run api}) compiling and honest without timing anything: its read mix, sent by
 * two clients for a second with the demo caseworkers' HTTP Basic, is answered 200 throughout, and its figures count
 * what was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBenchSmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReadMixIsAnsweredAndCounted() throws Exception {
        // at least one Greve citizen for the mix (other tests in the run may have made many: the mix takes some)
        ApiClient.as(port, "koordinator")
                .post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(TestCitizens.newCpr())).json().get("citizenId").asLong();

        List<String> mix = ApiBenchmark.mix(jdbc);
        assertThat(mix).contains("/api/v1/inquiries?view=unassigned", "/api/v1/catalogs/253", "/api/v1/follow-ups");
        assertThat(mix).anyMatch(path -> path.matches("/api/v1/citizens/\\d+/decisions"));

        ApiBenchmark.Figures figures = ApiBenchmark.load("http://localhost:" + port, mix, 2, Duration.ofSeconds(1));
        assertThat(figures.requests()).isGreaterThanOrEqualTo(2);
        assertThat(figures.failed()).isZero();
        assertThat(figures.p50()).isPositive().isLessThanOrEqualTo(figures.p95());
        assertThat(figures.p95()).isLessThanOrEqualTo(figures.p99());
        assertThat(figures.perSecond()).isPositive();
    }
}

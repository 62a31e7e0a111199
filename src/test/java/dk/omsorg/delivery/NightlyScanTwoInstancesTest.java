package dk.omsorg.delivery;

import com.zaxxer.hikari.HikariDataSource;
import dk.omsorg.OmsorgApplication;
import dk.omsorg.delivery.ReassessmentScan.ScanResult;
import dk.omsorg.delivery.internal.NightlyReassessmentScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database (two Spring contexts): when both start the nightly scan at the
 * same moment, it runs once.
 */
@SpringBootTest
class NightlyScanTwoInstancesTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NightlyReassessmentScan nightly;

    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        second = new SpringApplicationBuilder(OmsorgApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(), "spring.datasource.password=",
                        "omsorg.demo-data=false", "spring.main.banner-mode=off")
                .run();
        jdbc.sql("delete from shedlock where name = 'reassessment-scan'").update();
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void theNightlyScanRunsOnceWhenTwoInstancesStartItTogether() throws Exception {
        NightlyReassessmentScan other = second.getBean(NightlyReassessmentScan.class);
        long before = nightlyScans();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Optional<ScanResult>> first = CompletableFuture.supplyAsync(() -> runAfter(together, nightly));
        CompletableFuture<Optional<ScanResult>> secondRun = CompletableFuture.supplyAsync(() -> runAfter(together, other));

        List<Optional<ScanResult>> results = List.of(first.get(), secondRun.get());

        assertThat(results.stream().filter(r -> r != null && r.isPresent()).count()).as("one instance scanned").isEqualTo(1);
        assertThat(nightlyScans() - before).isEqualTo(1);

        // later the same night (the lock is held at least 10 minutes): still not again
        Optional<ScanResult> again = other.run();
        assertThat(again == null || again.isEmpty()).isTrue();
        assertThat(nightlyScans() - before).isEqualTo(1);
    }

    private static Optional<ScanResult> runAfter(CyclicBarrier barrier, NightlyReassessmentScan job) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.run();
    }

    private long nightlyScans() {
        return jdbc.sql("select count(*) from reassessment_scan where trigger = 'NIGHTLY'").query(Long.class).single();
    }
}

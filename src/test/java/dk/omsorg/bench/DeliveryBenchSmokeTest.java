package dk.omsorg.bench;

import dk.omsorg.bench.HandWrittenScan.Flagged;
import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.ProviderFile;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.delivery.Visits;
import dk.omsorg.security.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the delivery benchmark ({@code bench/}) honest without timing anything: its generator at a tiny scale writes
 * data the real import accepts in full, and its hand-written scan query finds exactly the flags the real scan raises.
 * Visits in March 2023 (before anything other tests register) and grants ending with them, with Greve's own three
 * providers, so nothing here is current help for other tests sharing the database; the scans are rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryBenchSmokeTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 6);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Visits visits;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ReassessmentScan scan;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void generatedFilesImportAndTheHandWrittenScanFindsWhatTheRealScanFlags(@TempDir Path dir) throws Exception {
        Spec spec = new Spec(253, 50, 400, 3, FIRST_DAY, 28, 0.25, 42L, FIRST_DAY.plusDays(27));
        Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
        assertThat(data.grants()).isEqualTo(400);
        assertThat(data.files()).hasSize(3);
        assertThat(data.visits()).isGreaterThan(2_000);

        List<String> texts = new ArrayList<>();
        for (ProviderFile f : data.files()) {
            texts.add(Files.readString(f.file(), StandardCharsets.UTF_8));
        }
        DeliveryBenchmark.importAll(visits, staff, data, texts);   // throws unless every line of every file is inserted
        assertThat(jdbc.sql("select count(*) from visit where citizen_id between ? and ?")
                .params(data.firstCitizenId(), data.lastCitizenId()).query(Long.class).single()).isEqualTo(data.visits());

        Set<UUID> generated = new HashSet<>(jdbc.sql("""
                        select g.grant_key from decision_grant g join decision d on d.id = g.decision_id
                        where d.citizen_id between ? and ?""")
                .params(data.firstCitizenId(), data.lastCitizenId()).query(UUID.class).list());
        List<Set<Flagged>> results = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long scanId = scan.scan(data.asOf()).scanId();
            for (List<Flagged> found : List.of(HandWrittenScan.flagsOf(jdbc, scanId),
                    HandWrittenScan.run(jdbc, data.asOf(), scan.lookbackDays()))) {
                results.add(new HashSet<>(found.stream().filter(f -> generated.contains(f.grantKey())).toList()));
            }
            status.setRollbackOnly();
        });
        assertThat(results.get(0)).as("the drifting grants are flagged").hasSizeGreaterThan(5);
        assertThat(results.get(1)).as("hand-written query = real scan").isEqualTo(results.get(0));
    }
}

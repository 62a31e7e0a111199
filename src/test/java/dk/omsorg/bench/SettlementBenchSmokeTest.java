package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlingMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the settlement benchmark ({@code bench/}) honest without timing anything: a month from its generator at a
 * tiny scale is settled by the real run and by the hand-written aggregate, and the two agree to the øre for every
 * provider. September 2023, a month no other test registers visits in; the grants end with it, so nothing here is
 * current help for other tests; the draft is removed afterwards.
 */
@SpringBootTest
class SettlementBenchSmokeTest {

    static final YearMonth MONTH = YearMonth.of(2023, 9);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SettlingMonth settling;
    @Autowired
    SettlementPolicies policies;
    @Autowired
    StaffDirectory staff;

    @Test
    void theRealRunAndTheHandWrittenAggregateGiveTheSameTotalsToTheOre(@TempDir Path dir) throws Exception {
        Spec spec = new Spec(253, 40, 300, 3, MONTH.atDay(1), MONTH.lengthOfMonth(), 0.1, 7L, MONTH.atEndOfMonth());
        Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
        long loaded = SettlementBenchmark.load(dataSource, jdbc, data);
        assertThat(loaded).isEqualTo(data.visits()).isGreaterThan(2_000);

        StaffUser finance = staff.find("okonomi").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(finance, null, finance.getAuthorities()));
        try {
            SettlementRun run = settling.settle(MONTH);
            assertThat(run.status()).isEqualTo(SettlementRun.Status.DRAFT);
            Map<Long, Long> real = SettlementBenchmark.totals(jdbc, run.id());
            Map<Long, Long> hand = HandWrittenSettlement.totals(jdbc, MONTH, HandWrittenSettlement.holidays(policies, MONTH));
            assertThat(real).hasSize(3).isEqualTo(hand);
            assertThat(real.values()).allSatisfy(total -> assertThat(total).isPositive());
            jdbc.sql("delete from settlement_run where id = ?").param(run.id()).update();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package dk.omsorg.bench;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.bench.HandWrittenKlGateway.Read;
import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.klgateway.DeliveryReports;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the KL Gateway benchmark ({@code bench/}) honest without timing anything: a generated month at a tiny scale,
 * with assessments, is exported by the real batch export and read by the hand-written SQL; both find the same
 * citizens, every line parses with HAPI, and the delivered visits and assessed conditions the SQL reads are the ones
 * reported. June 2023, a month no other test registers visits or assessments in; the grants end with it.
 */
@SpringBootTest
class KlGatewayBenchSmokeTest {

    static final YearMonth MONTH = YearMonth.of(2023, 6);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DeliveryReports reports;
    @Autowired
    StaffDirectory staff;
    @Autowired
    FhirContext fhir;

    /**
     * The generated visits' external ids repeat from one generated month to the next (VisitFiles), and the settlement
     * benchmark's smoke test loads its own into the same database: remove this month's again.
     */
    @org.junit.jupiter.api.AfterEach
    void removeTheLoadedVisits() {
        jdbc.sql("delete from visit where created_by = 'bench' and visit_date between ? and ?")
                .params(MONTH.atDay(1), MONTH.atEndOfMonth()).update();
    }

    @Test
    void theExportAndTheHandWrittenSqlReadTheSameCitizensAndRows(@TempDir Path dir) throws Exception {
        Spec spec = new Spec(253, 30, 90, 2, MONTH.atDay(1), MONTH.lengthOfMonth(), 0.1, 11L, MONTH.atEndOfMonth());
        Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
        assertThat(SettlementBenchmark.load(dataSource, jdbc, data)).isEqualTo(data.visits());
        int assessed = KlGatewayBenchmark.assess(jdbc, data, MONTH.atDay(1).minusDays(10), 50);
        assertThat(assessed).isBetween(5, 25);
        ReportPeriod period = new ReportPeriod(MONTH.atDay(1), MONTH.atEndOfMonth());

        StaffUser finance = staff.find("okonomi").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(finance, null, finance.getAuthorities()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int reported;
        try {
            reported = reports.municipality(period, out);
        } finally {
            SecurityContextHolder.clearContext();
        }
        Read read = HandWrittenKlGateway.read(dataSource, 253, period.from(), period.to());

        assertThat(reported).isGreaterThanOrEqualTo(30).isEqualTo(read.citizens());
        List<Bundle> bundles = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank())
                .map(l -> fhir.newJsonParser().parseResource(Bundle.class, l)).toList();
        assertThat(bundles).hasSize(reported);
        long procedures = bundles.stream().flatMap(b -> b.getEntry().stream())
                .filter(e -> e.getResource() instanceof Procedure).count();
        long conditions = bundles.stream().flatMap(b -> b.getEntry().stream())
                .filter(e -> e.getResource() instanceof Condition).count();
        assertThat(read.visits()).isPositive();
        assertThat(procedures).isEqualTo(read.visits());
        assertThat(read.scores()).isPositive();
        assertThat(conditions).isEqualTo(read.scores() + read.conditions());   // scores 0–4 only: none is 9
    }
}

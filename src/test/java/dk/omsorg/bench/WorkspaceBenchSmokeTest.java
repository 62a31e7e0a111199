package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.bench.WorkspaceGenerator.Work;
import dk.omsorg.bench.WorkspaceGenerator.Workspace;
import dk.omsorg.bench.WorkspaceLoad.Caseworker;
import dk.omsorg.bench.WorkspaceLoad.Result;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the workspace benchmark ({@code bench/run workspace}) honest without timing anything: its generator at a tiny
 * scale writes the asked numbers of visits and open tasks, its caseworkers log in by the login form and open the
 * overview of a citizen they have tasks for, and a second of its load counts what it sent without errors. The grants
 * end and the visits lie in May 2022, so nothing is current help for other tests; the generated tasks are removed at
 * the end (they are owned by the benchmark's own caseworkers only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceBenchSmokeTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 5, 2);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void generatedCaseworkersLogInAndOpenTheOverviewOfTheirCitizens() throws Exception {
        Spec spec = new Spec(253, 200, 600, 3, FIRST_DAY, 28, 0.08, 15L, FIRST_DAY.plusDays(27));
        Workspace data = new WorkspaceGenerator(dataSource).generate(
                new Work(spec, 5, 2_000, 500, LocalDate.now(), false), encoder.encode(WorkspaceGenerator.PASSWORD));
        try {
            assertThat(data.grants()).isEqualTo(600);
            assertThat(data.visits()).isEqualTo(2_000);
            assertThat(data.tasks()).isEqualTo(500);
            assertThat(jdbc.sql("""
                            select count(*) from visit where municipality_id = 253 and citizen_id between ? and ?
                              and visit_date between ? and ?""")
                    .params(data.firstCitizenId(), data.lastCitizenId(), FIRST_DAY, FIRST_DAY.plusDays(27))
                    .query(Long.class).single()).as("visits within the grants' days").isEqualTo(2_000);
            assertThat(jdbc.sql("""
                            select count(distinct owner_user) from task where status = 'OPEN' and citizen_id between ? and ?
                              and owner_user = any (?::text[]) and due_on between current_date - 60 and current_date + 60""")
                    .params(data.firstCitizenId(), data.lastCitizenId(), data.caseworkers().toArray(String[]::new))
                    .query(Integer.class).single()).as("every caseworker owns tasks").isEqualTo(5);

            List<Caseworker> caseworkers = WorkspaceBenchmark.logIn(jdbc, port, data.caseworkers().subList(0, 2));
            Caseworker first = caseworkers.get(0);
            assertThat(first.citizens()).isNotEmpty();
            assertThat(java.util.Arrays.stream(first.citizens()).boxed().toList())
                    .allSatisfy(id -> assertThat(id).isBetween(data.firstCitizenId(), data.lastCitizenId()));
            WebSession.Page overview = first.browser().get("/citizens/" + first.citizens()[0]);
            assertThat(overview.status()).isEqualTo(200);
            assertThat(WorkspaceLoad.loadedFragments(overview.body()))
                    .as("the fragments the overview loads").contains("/citizens/" + first.citizens()[0] + "/grants/summary",
                            "/citizens/" + first.citizens()[0] + "/tasks", "/citizens/" + first.citizens()[0] + "/assessments");

            Result result = WorkspaceLoad.run(caseworkers, Duration.ofSeconds(2), false, 1);
            assertThat(result.errors()).as("answers other than 200").isZero();
            assertThat(result.kinds().get("all").figures().requests()).isPositive();
            assertThat(result.httpRequests()).isGreaterThanOrEqualTo(result.kinds().get("all").figures().requests());
        } finally {
            jdbc.sql("delete from task where citizen_id between ? and ?")
                    .params(data.firstCitizenId(), data.lastCitizenId()).update();
        }
    }
}

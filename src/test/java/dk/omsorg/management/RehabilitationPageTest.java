package dk.omsorg.management;

import dk.omsorg.rehabilitation.CourseTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's rehabilitation outcomes (issue 21): three courses that ended in March 2015 — after them one citizen
 * needs less help, one the same and one more, both 3 and 6 months later — so a third need less help; the one course
 * with IPPA went from 14,5 to 6,5 and met one of its two goals. The page, its chart and its XLSX say the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RehabilitationPageTest {

    static final LocalDate START = LocalDate.of(2015, 1, 5);
    static final LocalDate END = LocalDate.of(2015, 3, 15);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeaderReadsTheShareNeedingLessHelpGoalsMetAndIppaChangePerPackageLevel() throws IOException {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long less = CourseTestData.courseWithLaterHelp(caseworker, jdbc, START, END, 1, 15);
        CourseTestData.courseWithLaterHelp(caseworker, jdbc, START, END, 1, 30);
        CourseTestData.courseWithLaterHelp(caseworker, jdbc, START, END, 2, 30);
        // IPPA: (5 × 4 + 3 × 3) / 2 = 14,5 at the start, (5 × 2 + 3 × 1) / 2 = 6,5 at the end: a change of 8
        ippa(less, 1, "Gå i bad", 5, 4, 2);
        ippa(less, 2, "Tage strømper på", 3, 3, 1);
        long evaluation = jdbc.sql("""
                        insert into rehabilitation_evaluation (course_id, kind, due_on, recommendation, filled_at, filled_by,
                            filled_by_provider, version)
                        values (?, 'FINAL', ?, 'CLOSE', now(), 'visitator', false, 1) returning id""")
                .params(less, END).query(Long.class).single();
        goal(evaluation, 1, true);
        goal(evaluation, 2, false);

        String query = "?from=2015-03&to=2015-03";
        WebSession.Page page = WebSession.logIn(port, "leder").get("/management/rehabilitation" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("id=\"fact-courses\"[^>]*>3<")
                .containsPattern("id=\"fact-goals-met\"[^>]*>50<")
                .containsPattern("id=\"fact-ippa\"[^>]*>8<")
                .containsPattern("id=\"fact-less-help-3\"[^>]*>33,3<")
                .containsPattern("id=\"fact-less-help-6\"[^>]*>33,3<")
                .contains("Let – Mindre hjælp efter 3 måneder: 33,3", "Let – Mål nået: 50")
                .doesNotContain("id=\"district\"").doesNotContain("id=\"area\"");

        var xlsx = WebSession.logIn(port, "okonomi").file("/management/rehabilitation.xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Forløb");
            Row light = rows.stream().filter(r -> "Let".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(light.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("3");
            assertThat(light.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("8");
            assertThat(light.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("33.3");
        }
        assertThat(WebSession.logIn(port, "visitator").get("/management/rehabilitation" + query).status()).isEqualTo(403);
    }

    private void ippa(long course, int position, String problem, int importance, int start, int end) {
        jdbc.sql("""
                        insert into rehabilitation_ippa_problem (course_id, position, problem, importance, start_difficulty, end_difficulty)
                        values (?, ?, ?, ?, ?, ?)""").params(course, position, problem, importance, start, end).update();
    }

    private void goal(long evaluation, int position, boolean met) {
        jdbc.sql("insert into rehabilitation_evaluation_goal (evaluation_id, position, state_code, met) values (?, ?, ?, ?)")
                .params(evaluation, position, UUID.randomUUID(), met).update();
    }
}

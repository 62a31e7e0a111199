package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome share after 3 months: three citizens with the same home care before their course; after it one gets
 * less, one the same and one more. Only the first needs less help, so the share is one in three; 6 months after the
 * end has not come yet, so that share is unknown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseOutcomesTest {

    @LocalServerPort
    int port;
    @Autowired
    CourseOutcomes outcomes;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = DecisionTestData.today();
    final LocalDate start = today.minusDays(200);
    final LocalDate end = start.plusDays(69);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private long courseWithLaterHelp(int times, int minutes) {
        return CourseTestData.courseWithLaterHelp(ApiClient.as(port, "visitator"), jdbc, start, end, times, minutes);
    }

    @Test
    void oneOfThreeCitizensNeedsLessHelpThreeMonthsAfterTheCourse() {
        long less = courseWithLaterHelp(1, 15);
        long same = courseWithLaterHelp(1, 30);
        long more = courseWithLaterHelp(2, 30);
        StaffUser leader = staff.find("leder").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));

        List<CourseOutcomes.Outcome> mine = outcomes.outcomes(new CourseOutcomes.Filter(end, end, null, PackageLevel.LIGHT))
                .stream().filter(o -> List.of(less, same, more).contains(o.courseId())).toList();
        assertThat(mine).extracting(CourseOutcomes.Outcome::courseId).containsExactly(less, same, more);
        assertThat(mine).allSatisfy(o -> {
            assertThat(o.minutesBefore()).isEqualTo(30);
            assertThat(o.minutesAfter6()).isNull();
            assertThat(o.closed()).isTrue();
        });
        assertThat(mine).extracting(CourseOutcomes.Outcome::minutesAfter3).containsExactly(15, 30, 60);
        assertThat(mine).extracting(CourseOutcomes.Outcome::lessHelpAfter3).containsExactly(true, false, false);

        CourseOutcomes.Aggregate together = CourseOutcomes.aggregate(mine);
        assertThat(together.courses()).isEqualTo(3);
        assertThat(together.lessHelpAfter3Share()).isEqualByComparingTo("0.3333");
        assertThat(together.lessHelpAfter6Share()).isNull();
        assertThat(together.meanCostOre()).isNull();
    }
}

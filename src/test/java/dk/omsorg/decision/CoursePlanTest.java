package dk.omsorg.decision;

import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.RehabilitationCourse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** § 83 a course frames (seed 003: at most 3 months; seed 004: 13 weeks, mid-way and final evaluation). */
class CoursePlanTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final MaxDuration THREE_MONTHS = new MaxDuration(3, MaxDuration.Unit.MONTHS, "maximalt 3 måneder");

    @Test
    void aCourseWithoutAnEndRunsItsWeeksAndEvaluatesInTheCataloguesWeeks() {
        CoursePlan plan = CoursePlan.of(new RehabilitationCourse(13, 6, 12), null, MONDAY, null);

        assertThat(plan.end()).isEqualTo(LocalDate.of(2025, 6, 1));          // the Sunday of week 13
        assertThat(plan.midwayEvaluation()).isEqualTo(MONDAY.plusWeeks(6));
        assertThat(plan.finalEvaluation()).isEqualTo(MONDAY.plusWeeks(12));
    }

    @Test
    void aCourseNeverRunsPastTheAreasMaxDuration() {
        // 13 weeks from 3 February end on 4 May; 3 months end on 3 May
        LocalDate start = LocalDate.of(2025, 2, 3);
        CoursePlan plan = CoursePlan.of(new RehabilitationCourse(13, null, null), THREE_MONTHS, start, null);
        assertThat(plan.end()).isEqualTo(LocalDate.of(2025, 5, 3));
    }

    @Test
    void withoutEvaluationWeeksTheMidwayEvaluationIsHalfWayAndTheFinalOnTheLastDay() {
        // Greve 2022 gives no evaluation weeks
        CoursePlan plan = CoursePlan.of(new RehabilitationCourse(13, null, null), THREE_MONTHS, MONDAY, null);

        assertThat(plan.end()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(plan.midwayEvaluation()).isEqualTo(MONDAY.plusDays(45));
        assertThat(plan.finalEvaluation()).isEqualTo(plan.end());
    }

    @Test
    void aShorterCourseKeepsItsEndAndMovesTheEvaluationsIntoIt() {
        LocalDate end = MONDAY.plusWeeks(8).minusDays(1);
        CoursePlan plan = CoursePlan.of(new RehabilitationCourse(13, 6, 12), THREE_MONTHS, MONDAY, end);

        assertThat(plan.end()).isEqualTo(end);
        assertThat(plan.midwayEvaluation()).isEqualTo(MONDAY.plusWeeks(6));
        assertThat(plan.finalEvaluation()).isEqualTo(end);
    }

    @Test
    void aVeryShortCourseEvaluatesHalfWay() {
        LocalDate end = MONDAY.plusWeeks(4);
        CoursePlan plan = CoursePlan.of(new RehabilitationCourse(13, 6, 12), null, MONDAY, end);

        assertThat(plan.finalEvaluation()).isEqualTo(end);
        assertThat(plan.midwayEvaluation()).isEqualTo(MONDAY.plusWeeks(2));
    }

    @Test
    void withoutAFrameACourseRunsThirteenWeeks() {
        assertThat(CoursePlan.of(null, null, MONDAY, null).end()).isEqualTo(MONDAY.plusWeeks(13).minusDays(1));
    }
}

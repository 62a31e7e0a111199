package dk.omsorg.rehabilitation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** IPPA scoring: per problem importance × difficulty, summed and divided by the number of problems; change = start − end. */
class IppaTest {

    @Test
    void theWorkedExampleScoresSixteenAtTheStartSevenAtTheEndAndImprovesByNine() {
        // three problems: (5 × 4) + (4 × 5) + (2 × 4) = 48 / 3 = 16 at the start;
        // at the end, with the start's importance: (5 × 2) + (4 × 2) + (2 × 1) = 20 / 3 = 6.67; change 16 − 6.67
        List<Ippa.Problem> problems = List.of(
                new Ippa.Problem(1, "At komme i bad", 5, 4, 2),
                new Ippa.Problem(2, "At tage tøj på", 4, 5, 2),
                new Ippa.Problem(3, "At lave morgenmad", 2, 4, 1));
        assertThat(Ippa.startScore(problems)).isEqualByComparingTo("16.00");
        assertThat(Ippa.endScore(problems)).isEqualByComparingTo("6.67");
        assertThat(Ippa.change(problems)).isEqualByComparingTo("9.33");
    }

    @Test
    void theEndScoreWaitsUntilEveryProblemIsScoredAgain() {
        List<Ippa.Problem> problems = List.of(new Ippa.Problem(1, "At gå på trapper", 3, 3, 1),
                new Ippa.Problem(2, "At handle ind", 4, 2, null));
        assertThat(Ippa.startScore(problems)).isEqualByComparingTo("8.50");
        assertThat(Ippa.endScore(problems)).isNull();
        assertThat(Ippa.change(problems)).isNull();
    }

    @Test
    void theScoreRangesFromOneToTwentyFiveOnTheOneToFiveScale() {
        assertThat(Ippa.startScore(List.of(new Ippa.Problem(1, "a", 1, 1, 5)))).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Ippa.endScore(List.of(new Ippa.Problem(1, "a", 5, 1, 5)))).isEqualByComparingTo("25");
        assertThat(Ippa.startScore(List.of())).isNull();
    }
}

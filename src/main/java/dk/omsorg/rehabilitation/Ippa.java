package dk.omsorg.rehabilitation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * IPPA (Individuelt Prioriteret Problem Assessment): the citizen names problems in daily activities and scores each
 * for importance and difficulty. Per problem importance × difficulty; the score is the sum of the products divided
 * by the number of problems (1–25 on a 1–5 scale; lower = fewer problems). At the end the same problems are scored
 * again for difficulty with the start's importance, and the change is start − end (positive = improvement). The
 * formula is the published IPPA method's (EATS Clearinghouse IPPA 1.1; Danish edition Socialstyrelsen 2013).
 */
public final class Ippa {

    private Ippa() {
    }

    /** One problem: importance (start), difficulty at the start and at the end (null until scored). */
    public record Problem(int position, String problem, int importance, int startDifficulty, Integer endDifficulty) {
    }

    /** The start score; null without problems. */
    public static BigDecimal startScore(List<Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        long sum = problems.stream().mapToLong(p -> (long) p.importance() * p.startDifficulty()).sum();
        return divide(sum, problems.size());
    }

    /** The end score, with the start's importance; null until every problem is scored at the end. */
    public static BigDecimal endScore(List<Problem> problems) {
        if (problems.isEmpty() || problems.stream().anyMatch(p -> p.endDifficulty() == null)) {
            return null;
        }
        long sum = problems.stream().mapToLong(p -> (long) p.importance() * p.endDifficulty()).sum();
        return divide(sum, problems.size());
    }

    /** start − end (positive = improvement); null until both are scored. */
    public static BigDecimal change(List<Problem> problems) {
        BigDecimal start = startScore(problems);
        BigDecimal end = endScore(problems);
        return start == null || end == null ? null : start.subtract(end);
    }

    private static BigDecimal divide(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}

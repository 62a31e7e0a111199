package dk.omsorg.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Granted time per week (visiteret tid): minutes per intervention and in total.
 *
 * @param lines per intervention, in the order first granted
 */
public record WeeklyTime(List<Line> lines, int totalMinutes) {

    public WeeklyTime {
        lines = List.copyOf(lines);
    }

    public static WeeklyTime of(Collection<Grant> grants) {
        // only grants in time have minutes; money, pools and places (seed 001) are not time
        return sum(grants.stream().filter(Grant::inTime).map(g -> new Line(g.interventionCode(), g.interventionName(), g.weeklyMinutes())).toList());
    }

    /** Sums lines of the same intervention. */
    public static WeeklyTime sum(List<Line> parts) {
        Map<String, Line> byCode = new LinkedHashMap<>();
        parts.forEach(p -> byCode.merge(p.interventionCode(), p,
                (a, b) -> new Line(a.interventionCode(), a.interventionName(), a.minutes() + b.minutes())));
        List<Line> lines = new ArrayList<>(byCode.values());
        return new WeeklyTime(lines, lines.stream().mapToInt(Line::minutes).sum());
    }

    /** The total as "3 t 30 min". */
    public String totalInHours() {
        return hoursAndMinutes(totalMinutes);
    }

    /** "3 t 30 min" for 210 minutes. */
    public static String hoursAndMinutes(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours == 0 ? rest + " min" : rest == 0 ? hours + " t" : hours + " t " + rest + " min";
    }

    public record Line(String interventionCode, String interventionName, int minutes) {
    }
}

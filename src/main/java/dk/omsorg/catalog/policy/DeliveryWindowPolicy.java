package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.Shift;
import dk.omsorg.catalog.ShiftHours;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Can the grant be delivered inside the intervention's delivery windows (e.g. Greve: "Hjælpen bliver primært ydet
 * på hverdage i tidsrummet kl. 07:00-17:00")? A grant has shifts and a frequency, not clock times, so a shift is
 * outside when no part of it lies in a window, and the days are outside when a daily grant meets windows that
 * leave out some days (a weekly one can be placed on the window's days).
 *
 * <p>A warning, not an error as in {@link ShiftPolicy}: a shift the intervention is not offered in means another
 * intervention, with its own rate, is meant; a window is the municipality's service level for when the help is
 * given ("primært"), which the caseworker may go beyond for an individual reason.
 */
public final class DeliveryWindowPolicy {

    private static final int DAY_MINUTES = 24 * 60;

    public PolicyResult check(Intervention intervention, List<DeliveryWindow> windows, ProposedGrant grant,
                              ShiftHours hours) {
        if (windows.isEmpty()) {
            return PolicyResult.allowed();
        }
        List<String> outside = new ArrayList<>();
        Set<Shift> shifts = grant.shifts().isEmpty() ? Set.of() : EnumSet.copyOf(grant.shifts());
        for (Shift shift : shifts) {
            if (windows.stream().noneMatch(w -> overlaps(w.from(), w.to(), hours.from(shift), hours.to(shift)))) {
                outside.add("i " + shift.danish());
            }
        }
        boolean everyDay = grant.per() == FrequencyUnit.DAY;
        if (everyDay && windows.stream().noneMatch(w -> w.days() == DeliveryWindow.Days.ALL_DAYS)
                && !(has(windows, DeliveryWindow.Days.WEEKDAYS) && has(windows, DeliveryWindow.Days.WEEKENDS))) {
            outside.add("hver dag, også uden for vinduets dage");
        }
        if (outside.isEmpty()) {
            return PolicyResult.allowed();
        }
        String within = windows.stream().map(DeliveryWindow::describe).distinct().collect(Collectors.joining(" og "));
        String quote = windows.stream().map(DeliveryWindow::text).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" "));
        return new Finding(FindingRule.DELIVERY_WINDOW, Severity.WARNING, intervention.code(),
                intervention.name() + ": kvalitetsstandarden giver hjælpen " + lower(within) + ", men bevillingen er "
                        + String.join(" og ", outside) + ".",
                quote.isEmpty() ? null : quote);
    }

    private static boolean has(List<DeliveryWindow> windows, DeliveryWindow.Days days) {
        return windows.stream().anyMatch(w -> w.days() == days);
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Whether two spans of the day share at least a minute; a span whose end is before its start runs past midnight. */
    static boolean overlaps(LocalTime aFrom, LocalTime aTo, LocalTime bFrom, LocalTime bTo) {
        for (int[] a : segments(aFrom, aTo)) {
            for (int[] b : segments(bFrom, bTo)) {
                if (Math.max(a[0], b[0]) < Math.min(a[1], b[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> segments(LocalTime from, LocalTime to) {
        int f = from.toSecondOfDay() / 60;
        int t = to.toSecondOfDay() / 60;
        return f < t ? List.of(new int[]{f, t}) : List.of(new int[]{f, DAY_MINUTES}, new int[]{0, t});
    }
}

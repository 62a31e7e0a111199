package dk.omsorg.decision.internal;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DanishCount;
import dk.omsorg.decision.Grant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed in one grant, for a change letter: a headline that says whether the help is raised, reduced or ends and
 * from which day, then each changed value after → before from the day the new grant version takes effect, e.g.
 * "39 minutter pr. gang fra 11.11.2026, før 25" (issue 13: the letter gives the same day as the stored version, the
 * provider's notice, settlement and supervision).
 *
 * @param reduces the help is reduced or ends: the letter says so, and points to the complaint guidance
 */
public record ChangeLine(String name, String headline, List<String> details, boolean reduces, String overrideReason) {

    static ChangeLine of(Grant before, Grant after) {
        String from = DanishText.date(after.effectiveFrom());
        boolean ends = after.end() != null && (before.end() == null || after.end().isBefore(before.end()));
        List<String> details = new ArrayList<>();
        if (!after.frequency().equals(before.frequency())) {
            details.add(after.frequency() + " fra " + from + ", før " + before.frequency());
        }
        if (after.inTime() && before.inTime() && after.minutesPerDelivery() != before.minutesPerDelivery()) {
            details.add(DanishCount.minutes(after.minutesPerDelivery()) + " pr. gang fra " + from + ", før "
                    + before.minutesPerDelivery());
        }
        if (after.inTime() && before.inTime() && after.weeklyMinutes() != before.weeklyMinutes()) {
            details.add("I alt " + DanishCount.minutes(after.weeklyMinutes()) + " om ugen fra " + from + ", før "
                    + before.weeklyMinutes());
        }
        if (!after.start().equals(before.start())) {
            details.add("Hjælpen starter " + DanishText.date(after.start()) + ", før " + DanishText.date(before.start()));
        }
        if (!Objects.equals(after.end(), before.end())) {
            details.add(after.end() == null ? "Hjælpen er nu varig, før til og med " + DanishText.date(before.end())
                    : "Sidste dag med hjælp: " + DanishText.date(after.end())
                    + (before.end() == null ? ", før varig hjælp" : ", før " + DanishText.date(before.end())));
        }
        if (!Objects.equals(after.goals(), before.goals()) && after.goals() != null) {
            details.add("Mål: " + after.goals());
        }
        String name = after.interventionName();
        String headline;
        boolean reduces;
        if (ends) {
            LocalDate firstWithout = after.end().plusDays(1);
            headline = "Din hjælp til " + name + " ophører fra " + DanishText.date(firstWithout) + ".";
            reduces = true;
        } else if (after.weeklyMinutes() < before.weeklyMinutes()) {
            headline = "Din hjælp til " + name + " nedsættes fra " + from + ".";
            reduces = true;
        } else if (after.weeklyMinutes() > before.weeklyMinutes()) {
            headline = "Din hjælp til " + name + " øges fra " + from + ".";
            reduces = false;
        } else {
            headline = "Din hjælp til " + name + " ændres fra " + from + ".";
            reduces = false;
        }
        return new ChangeLine(name, headline, List.copyOf(details), reduces, after.overrideReason());
    }

    /** A grant that continues unchanged, in brief: "Daglig hygiejne: 1 gang dagligt i aftenvagten, 20 minutter pr. gang". */
    static String unchanged(Grant g) {
        // a grant in money, a pool or a place has no minutes: "Merudgiftsydelse: 1.250,00 kr. om måneden"
        return g.interventionName() + ": " + g.frequency()
                + (g.inTime() ? ", " + DanishCount.minutes(g.minutesPerDelivery()) + " pr. gang" : "")
                + (g.end() == null ? "" : ", til og med " + DanishText.date(g.end()));
    }
}

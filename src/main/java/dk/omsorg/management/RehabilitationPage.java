package dk.omsorg.management;

import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;
import dk.omsorg.rehabilitation.CourseOutcomes;
import dk.omsorg.rehabilitation.CourseOutcomes.Aggregate;
import dk.omsorg.rehabilitation.CourseOutcomes.Outcome;
import dk.omsorg.rehabilitation.PackageLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rehabilitation outcomes (issue 21, seed 004: "der ikke er ledelsesinformation tilgængelig" to evaluate the § 83 a
 * courses): the courses ending in the period by provider and package level — goals met, IPPA and FSIII change, the
 * share of citizens who need less help 3 and 6 months after the course than before it, and the cost per course. The
 * figures per course come from one set-based query ({@link CourseOutcomes}); the groups are summed from them.
 */
@Component
class RehabilitationPage implements ManagementPage {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CourseOutcomes outcomes;
    private final MessageSource messages;

    RehabilitationPage(CourseOutcomes outcomes, MessageSource messages) {
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "rehabilitation";
    }

    @Override
    public String titleKey() {
        return "management.rehabilitation.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean usesArea() {
        return false;
    }

    @Override
    public boolean usesDistrict() {
        return false;
    }

    @Override
    public Report report(ManagementFilter f) {
        List<Outcome> courses = outcomes.outcomes(new CourseOutcomes.Filter(f.firstDay(), f.lastDay(), f.providerId(), null));
        Map<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome o : courses) {
            String provider = o.providerName() == null ? text("management.noProvider") : o.providerName();
            groups.computeIfAbsent(provider + "\u0000" + o.level().ordinal(), k -> new ArrayList<>()).add(o);
        }
        List<List<Object>> table = new ArrayList<>();
        groups.forEach((key, list) -> {
            Outcome first = list.get(0);
            Aggregate a = CourseOutcomes.aggregate(list);
            table.add(row(first.providerName() == null ? text("management.noProvider") : first.providerName(),
                    level(first.level()), list, a));
        });
        Aggregate all = CourseOutcomes.aggregate(courses);
        List<PackageLevel> levels = Arrays.asList(PackageLevel.values());
        List<Aggregate> perLevel = levels.stream()
                .map(l -> CourseOutcomes.aggregate(courses.stream().filter(o -> o.level() == l).toList())).toList();
        ChartData chart = new ChartData(text("management.rehabilitation.chart"), text("management.rehabilitation.percent"),
                text("management.rehabilitation.level"), levels.stream().map(this::level).toList(),
                levels.stream().map(this::level).toList(),
                List.of(series("management.rehabilitation.lessHelp3", perLevel, Aggregate::lessHelpAfter3Share),
                        series("management.rehabilitation.lessHelp6", perLevel, Aggregate::lessHelpAfter6Share),
                        series("management.rehabilitation.goalsMet", perLevel, Aggregate::goalsMetShare)),
                text("management.rehabilitation.chart.description", Report.month(f.from()), Report.month(f.to())));
        List<Report.Fact> facts = List.of(
                new Report.Fact("courses", text("management.rehabilitation.fact.courses"), (long) all.courses()),
                new Report.Fact("goals-met", text("management.rehabilitation.fact.goalsMet"), percent(all.goalsMetShare())),
                new Report.Fact("ippa", text("management.rehabilitation.fact.ippa"), all.meanIppaChange()),
                new Report.Fact("less-help-3", text("management.rehabilitation.fact.lessHelp3"), percent(all.lessHelpAfter3Share())),
                new Report.Fact("less-help-6", text("management.rehabilitation.fact.lessHelp6"), percent(all.lessHelpAfter6Share())),
                new Report.Fact("cost", text("management.rehabilitation.fact.cost"), kroner(all.meanCostOre())));
        return new Report(text("management.rehabilitation.sheet"), List.of(text("management.provider"),
                text("management.rehabilitation.level"), text("management.rehabilitation.courses"),
                text("management.rehabilitation.closed"), text("management.rehabilitation.goalsMetPercent"),
                text("management.rehabilitation.ippaChange"), text("management.rehabilitation.fsiiiChange"),
                text("management.rehabilitation.lessHelp3Percent"), text("management.rehabilitation.lessHelp6Percent"),
                text("management.rehabilitation.costPerCourse")), table, chart, facts, text("management.rehabilitation.note"));
    }

    private List<Object> row(String provider, String level, List<Outcome> list, Aggregate a) {
        List<Object> row = new ArrayList<>();
        row.add(provider);
        row.add(level);
        row.add((long) list.size());
        row.add(list.stream().filter(Outcome::closed).count());
        row.add(orBlank(percent(a.goalsMetShare())));
        row.add(orBlank(a.meanIppaChange()));
        row.add(orBlank(a.meanFsiiiChange()));
        row.add(orBlank(percent(a.lessHelpAfter3Share())));
        row.add(orBlank(percent(a.lessHelpAfter6Share())));
        row.add(orBlank(kroner(a.meanCostOre())));
        return row;
    }

    private Series series(String nameKey, List<Aggregate> perLevel, Function<Aggregate, BigDecimal> share) {
        return new Series(text(nameKey), Kind.BAR, perLevel.stream().map(a -> percent(share.apply(a))).toList());
    }

    /** A share 0–1 as a percentage with one decimal; null stays null (no course has the figure yet). */
    static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal kroner(Long ore) {
        return ore == null ? null : BigDecimal.valueOf(ore, 2);
    }

    /** An unknown figure is an empty cell, not 0: "not yet known" must not read as "none". */
    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }

    private String level(PackageLevel level) {
        String name = text("rehabilitation.level." + level.name());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}

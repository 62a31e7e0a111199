package dk.omsorg.management;

import dk.omsorg.management.ActivityFigures.Row;
import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity page: granted, planned and delivered hours per month, provider and district as known on the chosen day,
 * as known now, and the correction since (now minus then) — back-dated changes (seed 002) move past months' figures.
 */
@Component
class ActivityPage implements ManagementPage {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    private final ActivityFigures figures;
    private final MessageSource messages;

    ActivityPage(ActivityFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "activity";
    }

    @Override
    public String titleKey() {
        return "management.activity.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean usesKnownOn() {
        return true;
    }

    @Override
    public Report report(ManagementFilter f) {
        List<Row> rows = figures.rows(f);
        String day = DAY.format(f.knownOn());
        List<String> headings = List.of(text("management.month"), text("management.activity.provider"),
                text("management.activity.district"), text("management.activity.grantedThen", day),
                text("management.activity.grantedNow"), text("management.activity.grantedCorrection"),
                text("management.activity.plannedThen", day), text("management.activity.plannedNow"),
                text("management.activity.plannedCorrection"), text("management.activity.deliveredThen", day),
                text("management.activity.deliveredNow2"), text("management.activity.deliveredCorrection"));
        List<List<Object>> table = new ArrayList<>();
        Map<YearMonth, BigDecimal[]> perMonth = new LinkedHashMap<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            perMonth.put(m, zeros());
        }
        BigDecimal[] total = zeros();
        for (Row r : rows) {
            BigDecimal[] h = {Report.hours(r.grantedThen()), Report.hours(r.grantedNow()), hours(r.plannedThen()),
                    hours(r.plannedNow()), hours(r.deliveredThen()), hours(r.deliveredNow())};
            table.add(List.of(Report.month(r.month()),
                    r.providerName() == null ? text("management.noProvider") : r.providerName(),
                    r.districtName() == null ? text("management.noDistrict") : r.districtName(),
                    h[0], h[1], h[1].subtract(h[0]), h[2], h[3], h[3].subtract(h[2]), h[4], h[5], h[5].subtract(h[4])));
            add(perMonth.get(r.month()), h);
            add(total, h);
        }
        List<String> labels = perMonth.keySet().stream().map(Report::shortMonth).toList();
        List<String> titles = perMonth.keySet().stream().map(Report::month).toList();
        ChartData chart = new ChartData(text("management.activity.chart", day), text("management.hours"),
                text("management.month"), labels, titles, List.of(
                new Series(text("management.activity.granted"), Kind.BAR, column(perMonth, 0)),
                new Series(text("management.activity.planned"), Kind.BAR, column(perMonth, 2)),
                new Series(text("management.activity.delivered"), Kind.BAR, column(perMonth, 4)),
                new Series(text("management.activity.deliveredNow"), Kind.LINE, column(perMonth, 5))),
                text("management.activity.chart.description", Report.month(f.from()), Report.month(f.to()), day));
        List<Report.Fact> facts = List.of(
                new Report.Fact("granted", text("management.activity.fact.granted", day), total[0]),
                new Report.Fact("granted-correction", text("management.activity.fact.grantedCorrection", day),
                        total[1].subtract(total[0])),
                new Report.Fact("planned", text("management.activity.fact.planned", day), total[2]),
                new Report.Fact("delivered", text("management.activity.fact.delivered", day), total[4]),
                new Report.Fact("delivered-correction", text("management.activity.fact.deliveredCorrection", day),
                        total[5].subtract(total[4])));
        return new Report(text("management.activity.sheet"), headings, table, chart, facts,
                text("management.activity.note", day));
    }

    private static BigDecimal hours(long minutes) {
        return Report.hours(BigDecimal.valueOf(minutes));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[6];
        java.util.Arrays.fill(z, BigDecimal.ZERO.setScale(2));
        return z;
    }

    private static void add(BigDecimal[] sum, BigDecimal[] h) {
        for (int i = 0; i < h.length; i++) {
            sum[i] = sum[i].add(h[i]);
        }
    }

    private static List<BigDecimal> column(Map<YearMonth, BigDecimal[]> perMonth, int i) {
        return perMonth.values().stream().map(v -> v[i]).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}

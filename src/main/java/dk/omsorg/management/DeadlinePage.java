package dk.omsorg.management;

import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;
import dk.omsorg.management.DeadlineFigures.Row;
import dk.omsorg.shared.DanishTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deadlines page: processing-deadline compliance per legal basis, start-deadline breaches per provider, the
 * follow-up backlog and reassessment flags raised and resolved, per month ({@link DeadlineFigures}).
 */
@Component
class DeadlinePage implements ManagementPage {

    private static final Locale DA = Locale.forLanguageTag("da");
    /** The chart's series: part and measure, in order. */
    private static final List<String[]> SERIES = List.of(new String[]{"PROCESSING", "ON_TIME"},
            new String[]{"PROCESSING", "LATE"}, new String[]{"PROCESSING", "OPEN_OVERDUE"},
            new String[]{"START", "BREACHED"}, new String[]{"FOLLOW_UP", "OPEN_OVERDUE"},
            new String[]{"FLAG", "RAISED"}, new String[]{"FLAG", "RESOLVED"});

    private final DeadlineFigures figures;
    private final MessageSource messages;
    private final Clock clock;

    DeadlinePage(DeadlineFigures figures, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "deadlines";
    }

    @Override
    public String titleKey() {
        return "management.deadlines.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Report report(ManagementFilter f) {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        List<Row> rows = figures.rows(f, today);
        List<List<Object>> table = new ArrayList<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Map<YearMonth, Long>> perMonth = new LinkedHashMap<>();
        for (String[] s : SERIES) {
            Map<YearMonth, Long> months = new LinkedHashMap<>();
            for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
                months.put(m, 0L);
            }
            perMonth.put(s[0] + "." + s[1], months);
        }
        for (Row r : rows) {
            String key = r.part() + "." + r.measure();
            table.add(List.of(Report.month(r.month()), text("management.deadlines." + key), r.group(), r.count()));
            totals.merge(key, r.count(), Long::sum);
            Map<YearMonth, Long> months = perMonth.get(key);
            if (months != null) {
                months.merge(r.month(), r.count(), Long::sum);
            }
        }
        List<YearMonth> months = new ArrayList<>(perMonth.values().iterator().next().keySet());
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, Map<YearMonth, Long>> e : perMonth.entrySet()) {
            series.add(new Series(text("management.deadlines.series." + e.getKey()),
                    e.getKey().startsWith("FLAG") ? Kind.LINE : Kind.BAR,
                    e.getValue().values().stream().map(BigDecimal::valueOf).toList()));
        }
        ChartData chart = new ChartData(text("management.deadlines.chart"), text("management.count"),
                text("management.month"), months.stream().map(Report::shortMonth).toList(),
                months.stream().map(Report::month).toList(), series,
                text("management.deadlines.chart.description", Report.month(f.from()), Report.month(f.to())));
        long decided = totals.getOrDefault("PROCESSING.ON_TIME", 0L) + totals.getOrDefault("PROCESSING.LATE", 0L);
        List<Report.Fact> facts = List.of(
                new Report.Fact("on-time", text("management.deadlines.fact.onTime"), totals.getOrDefault("PROCESSING.ON_TIME", 0L)),
                new Report.Fact("late", text("management.deadlines.fact.late"), totals.getOrDefault("PROCESSING.LATE", 0L)),
                new Report.Fact("on-time-share", text("management.deadlines.fact.onTimeShare"), decided == 0 ? "–"
                        : Report.number(BigDecimal.valueOf(totals.getOrDefault("PROCESSING.ON_TIME", 0L) * 100)
                        .divide(BigDecimal.valueOf(decided), 1, java.math.RoundingMode.HALF_UP)) + " %"),
                new Report.Fact("open-overdue", text("management.deadlines.fact.openOverdue"),
                        totals.getOrDefault("PROCESSING.OPEN_OVERDUE", 0L)),
                new Report.Fact("start-breaches", text("management.deadlines.fact.startBreaches"),
                        totals.getOrDefault("START.BREACHED", 0L)),
                new Report.Fact("follow-up-backlog", text("management.deadlines.fact.followUpBacklog"),
                        totals.getOrDefault("FOLLOW_UP.OPEN_OVERDUE", 0L)),
                new Report.Fact("flags-raised", text("management.deadlines.fact.flagsRaised"), totals.getOrDefault("FLAG.RAISED", 0L)),
                new Report.Fact("flags-resolved", text("management.deadlines.fact.flagsResolved"),
                        totals.getOrDefault("FLAG.RESOLVED", 0L)));
        return new Report(text("management.deadlines.sheet"), List.of(text("management.month"),
                text("management.deadlines.measure"), text("management.deadlines.group"), text("management.count")),
                table, chart, facts, text("management.deadlines.note"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}

package dk.omsorg.management;

import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;
import dk.omsorg.management.SpecialCaseCosts.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The special 1:1 cases page: cost per month and provider ({@link SpecialCaseCosts}). */
@Component
class SpecialCasePage implements ManagementPage {

    private static final Locale DA = Locale.forLanguageTag("da");

    private final SpecialCaseCosts costs;
    private final MessageSource messages;

    SpecialCasePage(SpecialCaseCosts costs, MessageSource messages) {
        this.costs = costs;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "special-cases";
    }

    @Override
    public String titleKey() {
        return "management.specialCases.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean usesArea() {
        return false;
    }

    @Override
    public Report report(ManagementFilter f) {
        Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            perMonth.put(m, 0L);
        }
        List<List<Object>> table = new ArrayList<>();
        long total = 0;
        for (Row r : costs.rows(f)) {
            table.add(List.of(Report.month(r.month()), r.providerName() == null ? text("management.noProvider") : r.providerName(),
                    r.cases(), SpecialCaseCosts.kroner(r.costOre())));
            perMonth.merge(r.month(), r.costOre(), Long::sum);
            total += r.costOre();
        }
        List<YearMonth> months = new ArrayList<>(perMonth.keySet());
        ChartData chart = new ChartData(text("management.specialCases.chart"), text("management.specialCases.kroner"),
                text("management.month"), months.stream().map(Report::shortMonth).toList(),
                months.stream().map(Report::month).toList(),
                List.of(new Series(text("management.specialCases.cost"), Kind.BAR,
                        perMonth.values().stream().map(SpecialCaseCosts::kroner).toList())),
                text("management.specialCases.chart.description", Report.month(f.from()), Report.month(f.to())));
        BigDecimal sum = SpecialCaseCosts.kroner(total);
        return new Report(text("management.specialCases.sheet"), List.of(text("management.month"),
                text("management.provider"), text("management.specialCases.cases"), text("management.specialCases.costKroner")),
                table, chart, List.of(new Report.Fact("cost", text("management.specialCases.fact.cost"), sum)),
                text("management.specialCases.note"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}

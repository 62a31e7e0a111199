package dk.omsorg.settlement.web;

import dk.omsorg.settlement.SettlementReport.MonthTotal;
import dk.omsorg.settlement.SettlementReport.ProviderTotal;
import dk.omsorg.shared.Money;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The bar chart of a run: for each provider with lines in the run, its total of the run's month beside its totals of
 * the previous months that were settled. Laid out here, drawn by the template as inline SVG (no script): one group of
 * bars per provider, one bar per month, the run's month in the accent colour, earlier months paler.
 */
public record TotalsChart(int width, int height, int plotTop, int plotBottom, List<Group> groups, List<Tick> ticks,
                          List<LegendItem> legend, String description) {

    static final int PLOT_HEIGHT = 180;
    static final int TOP = 12;
    static final int LEFT = 72;
    static final int BAR = 18;
    static final int GAP = 28;
    static final int LABEL_WIDTH = 130;

    /** One provider's bars. */
    public record Group(long providerId, String providerName, String label, double labelX, List<Bar> bars) {
    }

    /** One month's total of a provider; {@code title} is what a screen reader and a hover read. */
    public record Bar(YearMonth month, boolean current, String x, String y, String width, String height, String opacity,
                      String title) {
    }

    /** A gridline with its amount in kroner. */
    public record Tick(String y, String label) {
    }

    public record LegendItem(String label, boolean current, String opacity) {
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    static TotalsChart of(YearMonth runMonth, List<MonthTotal> history, List<ProviderTotal> providers, SettlementTexts texts) {
        TreeSet<YearMonth> monthSet = history.stream().map(MonthTotal::month).collect(Collectors.toCollection(TreeSet::new));
        monthSet.add(runMonth);
        List<YearMonth> months = List.copyOf(monthSet);
        Map<String, Money> byKey = history.stream()
                .collect(Collectors.toMap(t -> t.providerId() + "|" + t.month(), MonthTotal::total, Money::plus));
        for (ProviderTotal p : providers) {   // the run's own totals, even if the history should lag behind
            byKey.put(p.providerId() + "|" + runMonth, p.total());
        }
        long max = Math.max(1, byKey.values().stream().mapToLong(Money::ore).max().orElse(1));
        long scaleMax = niceCeiling(max);

        // wide enough for the provider's name below its bars
        int groupWidth = Math.max(months.size() * BAR + GAP, LABEL_WIDTH);
        int width = Math.max(480, LEFT + providers.size() * groupWidth + 12);
        int plotBottom = TOP + PLOT_HEIGHT;
        List<Group> groups = new ArrayList<>();
        int x = LEFT;
        for (ProviderTotal p : providers) {
            int first = x + (groupWidth - months.size() * BAR) / 2;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                YearMonth month = months.get(i);
                Money total = byKey.get(p.providerId() + "|" + month);
                if (total == null) {
                    continue;
                }
                double h = Math.max(0, (double) total.ore() / scaleMax * PLOT_HEIGHT);
                boolean current = month.equals(runMonth);
                bars.add(new Bar(month, current, num(first + i * BAR), num(plotBottom - h), num(BAR - 3), num(h),
                        opacity(i, months.size(), current),
                        p.providerName() + ", " + texts.month(month) + ": " + total.danish() + " kr."));
            }
            String label = p.providerName().length() > 18 ? p.providerName().substring(0, 17).strip() + "…" : p.providerName();
            groups.add(new Group(p.providerId(), p.providerName(), label, x + groupWidth / 2.0, bars));
            x += groupWidth;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long ore = scaleMax * i / 4;
            ticks.add(new Tick(num(plotBottom - (double) PLOT_HEIGHT * i / 4), new Money(ore / 100 * 100).danish()
                    .replaceAll(",00$", "")));
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            boolean current = months.get(i).equals(runMonth);
            legend.add(new LegendItem(texts.month(months.get(i)), current, opacity(i, months.size(), current)));
        }
        String description = texts.text("settlement.web.chart.description", texts.month(runMonth), months.size() - 1);
        return new TotalsChart(width, plotBottom + 40, TOP, plotBottom, groups, ticks, legend, description);
    }

    /** Earlier months paler, the run's month solid. */
    private static String opacity(int index, int count, boolean current) {
        return current ? "1" : num(0.3 + 0.4 * index / Math.max(1, count - 1));
    }

    /** 1, 2 or 5 times a power of ten (in whole kroner), at least the largest total. */
    static long niceCeiling(long ore) {
        long step = 100;
        while (true) {
            for (long f : new long[]{1, 2, 5}) {
                if (f * step >= ore) {
                    return f * step;
                }
            }
            step *= 10;
        }
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package dk.omsorg.complaint;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bars of the leader's page, drawn server-side as SVG (as the settlement run's chart): complaints received per
 * month of the period, with a labelled axis. Values only; the template draws.
 */
public record ComplaintFiguresChart(int width, int height, int plotBottom, List<Bar> bars, List<Tick> ticks, String description) {

    public record Bar(int x, int y, int width, int height, String label, long count, String title) {
    }

    public record Tick(int y, String label) {
    }

    static final int HEIGHT = 220;
    static final int TOP = 16;
    static final int BOTTOM = 190;
    static final int LEFT = 48;
    static final int SLOT = 44;

    public static ComplaintFiguresChart of(Map<YearMonth, Long> perMonth, String description) {
        long max = Math.max(1, perMonth.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int plot = BOTTOM - TOP;
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<YearMonth, Long> e : perMonth.entrySet()) {
            int h = (int) Math.round(plot * (double) e.getValue() / max);
            String label = e.getKey().getMonth().getDisplayName(TextStyle.SHORT, Locale.forLanguageTag("da"))
                    + " " + (e.getKey().getYear() % 100);
            bars.add(new Bar(LEFT + i * SLOT + 8, BOTTOM - h, SLOT - 16, h, label, e.getValue(),
                    ComplaintFiguresExport.month(e.getKey()) + ": " + e.getValue()));
            i++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            long value = Math.round(max * t / 4.0);
            ticks.add(new Tick(BOTTOM - (int) Math.round(plot * value / (double) max), Long.toString(value)));
        }
        return new ComplaintFiguresChart(LEFT + Math.max(1, i) * SLOT + 8, HEIGHT, BOTTOM, bars,
                ticks.stream().distinct().toList(), description);
    }
}

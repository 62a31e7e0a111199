package dk.omsorg.management;

import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart's geometry, computed from {@link ChartData} (values only in Java; {@code management/fragments :: chart}
 * draws the SVG): bars side by side per category, lines as points joined, a y axis with five ticks from 0 to a round
 * maximum, both axes labelled, a legend, and a {@code <title>} per bar and point ("marts 2026 – Bevilget: 12,5").
 */
public record Chart(String title, int width, int height, int plotLeft, int plotTop, int plotBottom, int plotRight,
                    String yLabel, String xLabel, List<Bar> bars, List<Line> lines, List<Tick> ticks,
                    List<Label> labels, List<Legend> legend, String description) {

    public record Bar(int x, int y, int width, int height, int series, String color, String value, String title) {
    }

    public record Point(int x, int y, String title) {
    }

    public record Line(int series, String color, String points, List<Point> dots) {
    }

    public record Tick(int y, String label) {
    }

    public record Label(int x, String text) {
    }

    public record Legend(int x, int series, String color, String name, boolean line) {
    }

    /** The series' colours, told apart also in grey scale (dark, light, middle, dark purple). */
    private static final String[] COLORS = {"#1f4e79", "#e3a13b", "#4f8a4b", "#7b3f8c", "#b8473e"};

    /** A series' fill or stroke colour (an SVG presentation attribute: the CSP allows no inline styles). */
    public static String color(int series) {
        return COLORS[series % COLORS.length];
    }

    static final int TOP = 28;
    static final int BOTTOM = 220;
    static final int HEIGHT = 270;
    static final int LEFT = 72;
    static final int BAR = 14;

    public static Chart of(ChartData data) {
        int categories = data.labels().size();
        List<Series> barSeries = data.series().stream().filter(s -> s.kind() == Kind.BAR).toList();
        int slot = Math.max(48, barSeries.size() * BAR + 16);
        int right = LEFT + Math.max(1, categories) * slot;
        BigDecimal max = data.series().stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double top = niceMax(max.doubleValue());
        int plot = BOTTOM - TOP;

        List<Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < data.series().size(); s++) {
            Series series = data.series().get(s);
            int b = barSeries.indexOf(series);
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < categories; i++) {
                BigDecimal v = series.values().get(i) == null ? BigDecimal.ZERO : series.values().get(i);
                int h = (int) Math.round(plot * Math.max(0, v.doubleValue()) / top);
                // no figure (e.g. a share no course has reached yet) is drawn as nothing and titled with a dash, not 0
                String title = data.titles().get(i) + " – " + series.name() + ": "
                        + (series.values().get(i) == null ? "–" : Report.number(v));
                if (series.kind() == Kind.BAR) {
                    int x = LEFT + i * slot + (slot - barSeries.size() * BAR) / 2 + b * BAR;
                    bars.add(new Bar(x, BOTTOM - h, BAR - 2, h, s, color(s), v.toPlainString(), title));
                } else {
                    dots.add(new Point(LEFT + i * slot + slot / 2, BOTTOM - h, title));
                }
            }
            if (series.kind() == Kind.LINE) {
                lines.add(new Line(s, color(s), dots.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")), dots));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            double value = top * t / 4;
            ticks.add(new Tick(BOTTOM - (int) Math.round(plot * t / 4.0), Report.number(BigDecimal.valueOf(value))));
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            labels.add(new Label(LEFT + i * slot + slot / 2, data.labels().get(i)));
        }
        List<Legend> legend = new ArrayList<>();
        int x = LEFT;
        for (int s = 0; s < data.series().size(); s++) {
            Series series = data.series().get(s);
            legend.add(new Legend(x, s, color(s), series.name(), series.kind() == Kind.LINE));
            x += 24 + 7 * series.name().length();
        }
        int width = Math.max(right + 16, x + 16);
        return new Chart(data.title(), width, HEIGHT, LEFT, TOP, BOTTOM, right, data.yLabel(), data.xLabel(), bars, lines,
                ticks, labels, legend, data.description());
    }

    /** A round top for the y axis: 1, 2, 2.5 or 5 × a power of ten, at least the largest value (1 when all are 0). */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}

package dk.omsorg.management;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart's values, as a page gives them: categories along the x axis (usually months) and one or more series, each
 * drawn as bars (side by side per category) or as a line. {@link Chart#of} turns it into geometry; the template draws.
 *
 * @param yLabel      the y axis's label with its unit, e.g. "Timer"
 * @param xLabel      the x axis's label, e.g. "Måned"
 * @param titles      per category its full name for the bars' titles ("marts 2026"); labels: the short form
 * @param description an accessible description of what the chart shows
 */
public record ChartData(String title, String yLabel, String xLabel, List<String> labels, List<String> titles,
                        List<Series> series, String description) {

    public enum Kind { BAR, LINE }

    /** One series: its name (the legend), how it is drawn and one value per category. */
    public record Series(String name, Kind kind, List<BigDecimal> values) {
    }
}

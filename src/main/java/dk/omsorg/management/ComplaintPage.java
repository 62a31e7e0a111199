package dk.omsorg.management;

import dk.omsorg.complaint.ComplaintFigures;
import dk.omsorg.complaint.ComplaintFigures.AreaMonth;
import dk.omsorg.complaint.ComplaintFigures.Figures;
import dk.omsorg.management.ChartData.Kind;
import dk.omsorg.management.ChartData.Series;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The complaints page: the complaint module's own figures ({@link ComplaintFigures}, issue 18) on this frame —
 * complaints per area and month and the key figures. Those figures are per period only, so the frame's district,
 * provider and area filters do not apply here.
 */
@Component
class ComplaintPage implements ManagementPage {

    private static final Locale DA = Locale.forLanguageTag("da");

    private final ComplaintFigures figures;
    private final MessageSource messages;

    ComplaintPage(ComplaintFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "complaints";
    }

    @Override
    public String titleKey() {
        return "management.complaints.title";
    }

    @Override
    public int order() {
        return 50;
    }

    /** The complaint module shows its figures to leaders only ({@code ComplaintFiguresController}). */
    @Override
    public boolean leaderOnly() {
        return true;
    }

    @Override
    public boolean usesArea() {
        return false;
    }

    @Override
    public boolean usesProvider() {
        return false;
    }

    @Override
    public boolean usesDistrict() {
        return false;
    }

    @Override
    public Report report(ManagementFilter f) {
        Figures c = figures.of(f.municipalityId(), f.from(), f.to());
        List<List<Object>> table = new ArrayList<>();
        for (AreaMonth a : c.perAreaAndMonth()) {
            table.add(List.of(a.area().isEmpty() ? text("complaintFigures.noArea") : a.area(), Report.month(a.month()),
                    a.complaints()));
        }
        List<YearMonth> months = new ArrayList<>(c.perMonth().keySet());
        ChartData chart = new ChartData(text("complaintFigures.chart.title"), text("management.count"),
                text("management.month"), months.stream().map(Report::shortMonth).toList(),
                months.stream().map(Report::month).toList(),
                List.of(new Series(text("complaintFigures.received"), Kind.BAR,
                        c.perMonth().values().stream().map(BigDecimal::valueOf).toList())),
                text("complaintFigures.chart.description"));
        List<Report.Fact> facts = List.of(
                new Report.Fact("received", text("complaintFigures.received"), c.received()),
                new Report.Fact("reconsidered", text("complaintFigures.reconsidered"), c.reconsidered()),
                new Report.Fact("full-agreement", text("complaintFigures.fullAgreementShare"), share(c.fullAgreementShare())),
                new Report.Fact("forwarded", text("complaintFigures.forwarded"), c.forwarded()),
                new Report.Fact("on-time", text("complaintFigures.onTimeShare"), share(c.onTimeShare())),
                new Report.Fact("breaches", text("complaintFigures.breaches"), c.breaches()));
        return new Report(text("complaintFigures.sheet"), List.of(text("complaintFigures.area"),
                text("complaintFigures.month"), text("complaintFigures.count")), table, chart, facts,
                text("management.complaints.note"));
    }

    private static String share(BigDecimal percent) {
        return percent == null ? "–" : Report.number(percent) + " %";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}

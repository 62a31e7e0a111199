package dk.omsorg.complaint;

import dk.omsorg.complaint.ComplaintFigures.AreaMonth;
import dk.omsorg.complaint.ComplaintFigures.Figures;
import dk.omsorg.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The leader's complaint figures as one XLSX sheet: complaints per area and month, then the key figures. */
@Component
public class ComplaintFiguresExport {

    private static final Locale DA = Locale.forLanguageTag("da");

    private final MessageSource messages;

    ComplaintFiguresExport(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(Figures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (AreaMonth a : f.perAreaAndMonth()) {
            rows.add(List.of(a.area().isEmpty() ? text("complaintFigures.noArea") : a.area(), month(a.month()), a.complaints()));
        }
        rows.add(List.of("I alt", "", f.received()));
        rows.add(List.of(text("complaintFigures.reconsidered"), "", f.reconsidered()));
        rows.add(List.of(text("complaintFigures.fullAgreement"), "", f.fullAgreement()));
        rows.add(row(text("complaintFigures.fullAgreementShare"), f.fullAgreementShare()));
        rows.add(List.of(text("complaintFigures.forwarded"), "", f.forwarded()));
        rows.add(List.of(text("complaintFigures.forwardedOnTime"), "", f.forwardedOnTime()));
        rows.add(row(text("complaintFigures.onTimeShare"), f.onTimeShare()));
        rows.add(List.of(text("complaintFigures.breaches"), "", f.breaches()));
        f.outcomes().forEach((o, n) -> rows.add(List.of(text("complaintFigures.outcome") + ": " + text("appealOutcome." + o.name()), "", n)));
        return Downloads.xlsx(text("complaintFigures.sheet"), List.of(text("complaintFigures.area"), text("complaintFigures.month"),
                text("complaintFigures.count")), rows);
    }

    private static List<Object> row(String label, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add("");
        row.add(value);
        return row;
    }

    public static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, DA) + " " + m.getYear();
    }

    private String text(String key) {
        return messages.getMessage(key, null, DA);
    }
}

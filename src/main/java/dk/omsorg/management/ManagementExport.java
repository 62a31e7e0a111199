package dk.omsorg.management;

import dk.omsorg.shared.web.Downloads;

import java.util.ArrayList;
import java.util.List;

/** A page's report as one XLSX sheet: the table as on the page, then an empty row and the key figures. */
public final class ManagementExport {

    private ManagementExport() {
    }

    public static byte[] xlsx(Report report) {
        List<List<Object>> rows = new ArrayList<>(report.rows());
        if (!report.facts().isEmpty()) {
            rows.add(List.of());
            for (Report.Fact f : report.facts()) {
                List<Object> row = new ArrayList<>();
                row.add(f.label());
                row.add(f.value());
                rows.add(row);
            }
        }
        return Downloads.xlsx(report.sheetName(), report.headings(), rows);
    }
}

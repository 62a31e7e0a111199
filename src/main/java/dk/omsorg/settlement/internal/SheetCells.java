package dk.omsorg.settlement.internal;

import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.util.List;

/** Writing a statement's rows to a worksheet: a bold, frozen header; numbers as numbers, kroner with two decimals. */
final class SheetCells {

    private SheetCells() {
    }

    static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().wrapText(true).set();
        }
        sheet.freezePane(0, 1);
    }

    static void cells(Worksheet sheet, int r, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value instanceof Number n) {
                sheet.value(r, c, n);
                if (value instanceof BigDecimal) {
                    sheet.style(r, c).format("#,##0.00").set();
                }
            } else if (value != null) {
                sheet.value(r, c, value.toString());
            }
        }
    }
}

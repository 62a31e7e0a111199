package dk.omsorg.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Files for download, as finance and supervisors use them: CSV the Danish way (UTF-8 with a byte-order mark so Excel
 * reads æøå, semicolons, CRLF, decimal comma, a field quoted only when it must be) and an attachment response with
 * the file's name.
 */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A header row and the rows; a {@link BigDecimal} is written with a decimal comma, null as an empty field. */
    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(headers.stream().map(Downloads::field).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> row : rows) {
            csv.append(row.stream().map(Downloads::cell).collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One sheet: a bold header row and the rows; a {@link BigDecimal} is a number shown with two decimals (Danish
     * Excel shows the comma), other values as text, null as an empty cell. A row whose first cell is "I alt" is bold.
     */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Omsorg", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                boolean total = !row.isEmpty() && "I alt".equals(row.get(0));
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("#,##0.00").set();
                    } else if (v instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (v != null) {
                        sheet.value(r + 1, c, v.toString());
                    }
                    if (total && v != null) {
                        sheet.style(r + 1, c).bold().set();
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return field(neutralised(value.toString()));
    }

    /**
     * A text that a spreadsheet would read as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -}, {@code @},
     * or a tab or carriage return first) gets a leading apostrophe, as OWASP recommends against CSV injection, so
     * it is shown as the text it is. A number written as text ({@code -12,50}) is left as a number.
     */
    static String neutralised(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private static String field(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

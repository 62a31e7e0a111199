package dk.omsorg.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

package dk.omsorg.delivery.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a visit file split into its fields the RFC 4180 way, as PostgreSQL's CSV {@code QUOTE '"'} reads it
 * (provider systems and Excel quote fields): a field may be quoted ({@code "a;b"}), a quote inside a quoted field is
 * doubled ({@code "sagt ""nej"""}). Lenient where the RFC is strict, for the lenient path, which then reports the
 * values as written: spaces before an opening quote are skipped, text after a closing quote is kept, a quote inside an
 * unquoted field is an ordinary character. A quoted field cannot span lines (no visit field needs a line break).
 */
public final class VisitFileLines {

    private VisitFileLines() {
    }

    /** The fields of {@code line} (at least one); null when a quoted field is not closed on the line. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(8);
        int n = line.length();
        int i = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            int first = i;
            while (first < n && line.charAt(first) == ' ') {
                first++;
            }
            if (first < n && line.charAt(first) == '"') {
                i = first + 1;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (!closed) {
                    return null;
                }
            }
            while (i < n && line.charAt(i) != ';') {
                field.append(line.charAt(i));
                i++;
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++;
        }
    }

    /**
     * The data lines of {@code file} (line ends {@code \n}, header on line 1) as rows for {@code visit_stage} in
     * COPY's text format: line number, number of fields (-1 when a quote is not closed), the first eight fields.
     * Blank lines are skipped.
     */
    static String stageText(String file) {
        StringBuilder out = new StringBuilder(file.length() + file.length() / 4);
        int lineNo = 0;
        int i = 0;
        int length = file.length();
        while (i <= length) {
            int end = file.indexOf('\n', i);
            if (end < 0) {
                end = length;
            }
            lineNo++;
            String line = file.substring(i, end);
            i = end + 1;
            if (lineNo == 1 || line.isBlank()) {
                continue;
            }
            List<String> fields = split(line);
            out.append(lineNo).append('\t').append(fields == null ? -1 : fields.size());
            for (int k = 0; k < 8; k++) {
                out.append('\t');
                if (fields == null || k >= fields.size()) {
                    out.append("\\N");
                } else {
                    escape(fields.get(k), out);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void escape(String value, StringBuilder out) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
    }
}

package dk.omsorg.delivery.internal;

/**
 * Whether a visit file (after its header was checked, line ends normalised to {@code \n}, without a byte-order mark)
 * is in the canonical forms only, so that PostgreSQL's own input functions read its typed columns exactly as the
 * lenient parse would: every data line non-blank with exactly 8 fields; {@code bevillings_id} a UUID in the
 * 8-4-4-4-12 form; {@code dato} {@code YYYY-MM-DD}; {@code starttid} empty or {@code HH:MM} (00:00–23:59);
 * {@code minutter} empty or 1–4 digits; no typed field with surrounding spaces. A field may be quoted the RFC 4180
 * way ({@code "…"}, a quote inside doubled) as long as the quotes are the whole field and it does not span lines, so
 * that PostgreSQL's CSV reading (which takes a quote anywhere in a field as the start of a quoted part) and
 * {@link VisitFileLines} agree; a typed field's quoted content is canonical as above. The text columns (besøgs_id,
 * type, vagtlag, ikke_leveret_årsag) may hold anything else: they are trimmed and read in SQL alike on both paths.
 *
 * <p>PostgreSQL would take more (e.g. {@code 8:15:30}, {@code 24:00}, {@code 20250303}, {@code +30}, a UUID
 * without hyphens) that the import must refuse, hence this check before the typed COPY; a canonical file may still
 * fail that COPY (e.g. {@code 2025-02-30}) and is then read the lenient way, which reports the line.
 */
final class CanonicalVisitFile {

    private CanonicalVisitFile() {
    }

    /**
     * Whether every data line (all but the first) of {@code file} is canonical and no visit id is given twice; one
     * pass. The visit ids are compared as the import's SQL compares them (the field's content without surrounding
     * spaces; an empty one is not an id), so a file with a duplicate takes the lenient path, which reports it by line;
     * a quoted id is read as PostgreSQL reads it (a doubled quote is one).
     */
    static boolean isCanonical(String file) {
        return read(file, null);
    }

    /**
     * Hands each data line's eight fields, in line order, to {@code line} as PostgreSQL's CSV reading gives them (a
     * quoted field without its quotes, a doubled quote as one; an empty field as {@code ""}) while the file is read;
     * true when every line was canonical, no visit id came twice, no character was NUL (which no text column takes)
     * and {@code line} took each (it returns false to stop).
     */
    static boolean eachLine(String file, java.util.function.Predicate<String[]> line) {
        return file.indexOf('\0') < 0 && read(file, line);
    }

    /** The one pass of {@link #isCanonical}; each line's fields given to {@code sink} when not null. */
    private static boolean read(String file, java.util.function.Predicate<String[]> sink) {
        int length = file.length();
        int i = file.indexOf('\n');
        if (i < 0) {
            return false;
        }
        i++;
        java.util.Set<String> ids = new java.util.HashSet<>(Math.max(16, length / 40));
        int[] bounds = new int[16];
        while (i < length) {
            int end = file.indexOf('\n', i);
            if (end < 0) {
                end = length;
            }
            if (!canonicalLine(file, i, end, bounds)) {
                return false;
            }
            String id = content(file, bounds[0], bounds[1]);
            if (!firstTime(id, ids)) {
                return false;
            }
            if (sink != null) {
                String[] line = new String[8];
                line[0] = id;
                for (int f = 1; f < 8; f++) {
                    line[f] = content(file, bounds[2 * f], bounds[2 * f + 1]);
                }
                if (!sink.test(line)) {
                    return false;
                }
            }
            i = end + 1;
        }
        return true;
    }

    /**
     * A field's content (its bounds exclude a quoted field's outer quotes): a doubled quote read as one — only a
     * quoted field of a canonical line holds quotes.
     */
    private static String content(String s, int from, int to) {
        String value = s.substring(from, to);
        return value.indexOf('"') >= 0 ? value.replace("\"\"", "\"") : value;
    }

    /** Whether the visit id (its content without surrounding spaces; empty is no id) was not seen before; remembers it. */
    private static boolean firstTime(String value, java.util.Set<String> ids) {
        String id = VisitRowCheck.trimmed(value);
        return id == null || ids.add(id);
    }

    /** Whether the line is canonical; each field's content bounds into {@code bounds} (from, to per field). */
    private static boolean canonicalLine(String s, int from, int to, int[] bounds) {
        int field = 0;
        int i = from;
        while (true) {
            int contentFrom;
            int contentTo;
            int next;
            if (i < to && s.charAt(i) == '"') {
                int j = i + 1;
                boolean doubled = false;
                while (true) {
                    if (j >= to) {
                        return false;   // not closed on this line
                    }
                    if (s.charAt(j) == '"') {
                        if (j + 1 < to && s.charAt(j + 1) == '"') {
                            doubled = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                contentFrom = i + 1;
                contentTo = j;
                next = j + 1;
                if (next < to && s.charAt(next) != ';' || doubled && typed(field)) {
                    return false;
                }
            } else {
                int k = i;
                while (k < to) {
                    char c = s.charAt(k);
                    if (c == ';') {
                        break;
                    }
                    if (c == '"') {
                        return false;   // a quote inside an unquoted field: PostgreSQL would start quoting there
                    }
                    k++;
                }
                contentFrom = i;
                contentTo = k;
                next = k;
            }
            if (field >= 8 || !canonicalField(s, field, contentFrom, contentTo)) {
                return false;
            }
            bounds[2 * field] = contentFrom;
            bounds[2 * field + 1] = contentTo;
            field++;
            if (next >= to) {
                return field == 8;
            }
            i = next + 1;
        }
    }

    private static boolean typed(int field) {
        return field == 1 || field == 3 || field == 4 || field == 6;
    }

    private static boolean canonicalField(String s, int field, int from, int to) {
        int n = to - from;
        return switch (field) {
            case 1 -> n == 36 && uuid(s, from);
            case 3 -> n == 10 && digits(s, from, 4) && s.charAt(from + 4) == '-' && digits(s, from + 5, 2)
                    && s.charAt(from + 7) == '-' && digits(s, from + 8, 2);
            case 4 -> n == 0 || n == 5 && time(s, from);
            case 6 -> n == 0 || n <= 4 && digits(s, from, n);
            default -> true;
        };
    }

    private static boolean uuid(String s, int from) {
        for (int k = 0; k < 36; k++) {
            char c = s.charAt(from + k);
            if (k == 8 || k == 13 || k == 18 || k == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean time(String s, int from) {
        if (!digits(s, from, 2) || s.charAt(from + 2) != ':' || !digits(s, from + 3, 2)) {
            return false;
        }
        int hour = (s.charAt(from) - '0') * 10 + s.charAt(from + 1) - '0';
        return hour <= 23 && s.charAt(from + 3) <= '5';
    }

    private static boolean digits(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

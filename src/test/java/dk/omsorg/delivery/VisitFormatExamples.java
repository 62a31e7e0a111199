package dk.omsorg.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example files of {@code docs/visit-import-format.md}, read from the document itself (every {@code ```csv}
 * block), so the document and the import cannot drift apart.
 */
public final class VisitFormatExamples {

    /** The grant id the document's examples use. */
    public static final String DOC_GRANT = "3f0c6a3e-5a0e-4a47-9d8e-0d6c2f1c9b11";
    /** The document's examples are dated from this Monday on. */
    public static final LocalDate DOC_MONDAY = LocalDate.of(2025, 3, 3);

    private static final Pattern BLOCK = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ISO = Pattern.compile("2025-03-(\\d\\d)");
    private static final Pattern DANISH = Pattern.compile("(\\d\\d)-03-2025");

    private VisitFormatExamples() {
    }

    /** Each example block as a file (header and lines, {@code \n} line ends). */
    public static List<String> files() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("docs/visit-import-format.md")));
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    /**
     * The example for a real grant: its id for the document's, visit ids made unique with {@code prefix}, and the
     * document's dates moved to start on {@code monday}, each in the form the document writes it.
     */
    public static String adapt(String file, UUID grantKey, String prefix, LocalDate monday) {
        String text = file.replace(DOC_GRANT, grantKey.toString()).replace("A-", prefix + "A-");
        text = ISO.matcher(text).replaceAll(r -> monday.plusDays(Integer.parseInt(r.group(1)) - 3).toString());
        return DANISH.matcher(text).replaceAll(r -> monday.plusDays(Integer.parseInt(r.group(1)) - 3)
                .format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    }

    /** The data lines of a file (not the header, not blank). */
    public static long dataLines(String file) {
        return file.lines().skip(1).filter(l -> !l.isBlank()).count();
    }
}

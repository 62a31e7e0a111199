package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.VisitFormatExamples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only files whose typed fields PostgreSQL reads exactly as the lenient parse would go the typed COPY way; everything
 * else (which PostgreSQL might read differently, or more leniently) is left to the lenient path.
 */
class CanonicalVisitFileTest {

    static final String HEADER = "besøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag\n";
    static final String GRANT = "3f0c6a3e-5a0e-4a47-9d8e-0d6c2f1c9b11";

    private static boolean canonical(String... lines) {
        return CanonicalVisitFile.isCanonical(HEADER + String.join("\n", lines) + "\n");
    }

    private static String line(String date, String time, String minutes) {
        return String.join(";", "A-1", GRANT, "DELIVERED", date, time, "", minutes, "");
    }

    @Test
    void theCanonicalFormsAreCanonical() {
        assertThat(canonical(
                "A-1;" + GRANT + ";PLANNED;2025-03-03;;DAY;30;",
                "A-2;" + GRANT.toUpperCase() + ";leveret;2025-03-03;08:15; dag ;12;",
                "A-3;" + GRANT + ";DELIVERED;2025-03-04;;;0;HOSPITALISED",
                line("2025-02-30", "23:59", "1441").replace("A-1", "A-4"))).isTrue();   // COPY or the checks refuse these: then the lenient path
        assertThat(CanonicalVisitFile.isCanonical(HEADER + line("2025-03-03", "00:00", "1"))).as("no final line end").isTrue();
    }

    @Test
    void formsPostgresWouldReadOtherwiseOrMoreLenientlyAreNot() {
        assertThat(canonical(line("03-03-2025", "08:15", "30"))).as("DD-MM-YYYY: DateStyle decides").isFalse();
        assertThat(canonical(line("20250303", "08:15", "30"))).isFalse();
        assertThat(canonical(line("2025-3-3", "08:15", "30"))).isFalse();
        assertThat(canonical(line(" 2025-03-03", "08:15", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "24:00", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "8:15", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08.15", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:60", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15:30", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "12,5"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "+30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "-5"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "10000"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "1_000"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30").replace(GRANT, GRANT.replace("-", "")))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30").replace(GRANT, "{" + GRANT + "}"))).isFalse();
    }

    @Test
    void linesWithAnotherNumberOfFieldsAndBlankLinesAreNot() {
        assertThat(canonical(line("2025-03-03", "08:15", "30") + ";")).isFalse();
        assertThat(canonical("A-1;" + GRANT + ";DELIVERED;2025-03-03;08:15;20")).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30"), "", line("2025-03-03", "08:15", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30").replace("A-1", "A\u001e1"))).as("no longer the quote").isTrue();
        assertThat(CanonicalVisitFile.isCanonical(HEADER)).as("no data lines: COPY stages none, the import says so").isTrue();
    }

    @Test
    void aVisitIdGivenTwiceIsNotTheLenientPathReportsIt() {
        assertThat(canonical(line("2025-03-03", "08:15", "30"), line("2025-03-04", "08:15", "30"))).isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30"), line("2025-03-04", "08:15", "30").replace("A-1", " A-1 ")))
                .as("the same id once trimmed, as the import's SQL trims it").isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30"), line("2025-03-04", "08:15", "30").replace("A-1", "\"A-1\"")))
                .as("quoted").isFalse();
        assertThat(canonical(line("2025-03-03", "08:15", "30"), line("2025-03-04", "08:15", "30").replace("A-1", "A-2"))).isTrue();
    }

    @Test
    void wholeQuotedFieldsAreCanonicalQuotesPostgresWouldReadOtherwiseAreNot() {
        assertThat(canonical("\"v-1\";\"" + GRANT + "\";\"DELIVERED\";\"2025-03-03\";\"08:15\";\"\";\"30\";\"\"")).isTrue();
        assertThat(canonical("\"v;1 \"\"x\"\"\";" + GRANT + ";DELIVERED;2025-03-03;08:15;;30;")).as("separator and quote inside").isTrue();
        assertThat(canonical("v\"1;" + GRANT + ";DELIVERED;2025-03-03;08:15;;30;")).as("quote inside an unquoted field").isFalse();
        assertThat(canonical("\"v1\"x;" + GRANT + ";DELIVERED;2025-03-03;08:15;;30;")).as("text after the closing quote").isFalse();
        assertThat(canonical("\"v1;" + GRANT + ";DELIVERED;2025-03-03;08:15;;30;")).as("not closed on the line").isFalse();
        assertThat(canonical("v1;" + GRANT + ";DELIVERED;\"2025-03-03\"\"\";08:15;;30;")).as("quote in a typed field").isFalse();
    }

    @Test
    void theFormatDocumentsQuotedExampleInTheCanonicalFormsTakesTheTypedPathTheOthersTheLenientOne() throws Exception {
        List<String> files = VisitFormatExamples.files();
        assertThat(files).hasSize(3);
        assertThat(CanonicalVisitFile.isCanonical(files.get(0))).as("DD-MM-YYYY and 12,5").isFalse();
        assertThat(CanonicalVisitFile.isCanonical(files.get(1))).as("quoted, canonical forms").isTrue();
        assertThat(CanonicalVisitFile.isCanonical(files.get(2))).as("quoted, other forms").isFalse();
    }
}

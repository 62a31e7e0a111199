package dk.omsorg.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSV export (supervision samples, settlement statements, co-payment lists, the visit template) is written by
 * {@link Downloads#csv}: a citizen named like a formula opens as text in the spreadsheet, negative figures stay numbers.
 */
class SpreadsheetFormulaTest {

    @Test
    void aCitizenNamedLikeAFormulaIsExportedAsText() {
        byte[] file = Downloads.csv(List.of("Borger", "Afvigelse (min.)", "Beløb", "Note", "Telefon", "Mail", "Tab"),
                List.of(List.of("=HYPERLINK(\"http://ondt.example\";\"Klik\")", -18, new BigDecimal("-41.9"), "-12,50",
                        "+4512345678", "@SUM(A1:A9)", "\tx")));
        String csv = new String(file, StandardCharsets.UTF_8).substring(1);
        String row = csv.lines().toList().get(1);
        assertThat(row).isEqualTo("\"'=HYPERLINK(\"\"http://ondt.example\"\";\"\"Klik\"\")\";-18;-41,9;-12,50;+4512345678;'@SUM(A1:A9);'\tx");
    }

    @Test
    void textsStartingWithAnOperatorButNotNumbersAreNeutralised() {
        assertThat(Downloads.neutralised("-1+1")).isEqualTo("'-1+1");
        assertThat(Downloads.neutralised("+A1")).isEqualTo("'+A1");
        assertThat(Downloads.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(Downloads.neutralised("-5")).isEqualTo("-5");
        assertThat(Downloads.neutralised("Åse Ørum")).isEqualTo("Åse Ørum");
    }
}

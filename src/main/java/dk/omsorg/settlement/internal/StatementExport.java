package dk.omsorg.settlement.internal;

import dk.omsorg.shared.web.Downloads;
import dk.omsorg.shared.HtmlToPdf;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementReport.StatementLine;
import dk.omsorg.settlement.SettlementReport.Subtotal;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.Money;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * A provider's statement as PDF (Danish, with the municipality's name, period, lines and totals), XLSX and CSV for
 * the finance system, and the month's co-payment list as CSV and XLSX. Downloads carry a Danish file name.
 * <p>
 * CSV follows the supervision sample's conventions — UTF-8 with BOM, semicolons, Danish headers, decimal comma,
 * no thousands separator — so Danish Excel opens it directly and a finance system reads it without guessing; XLSX
 * holds amounts, minutes and visits as numbers. The columns are documented in {@code docs/settlement-exports.md}.
 */
@Component
public class StatementExport {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType CSV = Downloads.CSV;
    public static final MediaType XLSX = Downloads.XLSX;

    /** The statement's CSV and XLSX line columns, in order (documented in docs/settlement-exports.md). */
    public static final List<String> HEADERS = List.of("Kommune", "Leverandør", "CVR", "Afregningsmåned", "Art",
            "Ydelsesmåned", "Borger-id", "Borger", "Bevillings-id", "Indsatskode", "Indsats", "Takstgruppe",
            "Lovgrundlag", "Konto", "Tidsrum", "Enhed", "Takstkilde", "Takst (kr.)", "Besøg", "Minutter", "Timer",
            "Beløb (kr.)");

    public static final List<String> SUBTOTAL_HEADERS = List.of("Takstgruppe", "Lovgrundlag", "Konto", "Beløb (kr.)");

    /** The co-payment list's columns, in order; a last row "I alt" carries the total in the amount column. */
    public static final List<String> CO_PAYMENT_HEADERS = List.of("Måned", "CPR-nr.", "Borger-id", "Borger",
            "Bevillings-id", "Indsatskode", "Indsats", "Egenbetaling", "Enhed", "Antal", "Pris (kr.)", "Beløb (kr.)");

    static final String TEMPLATE = "settlement/statement-pdf";
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final StaffDirectory staff;

    StatementExport(ITemplateEngine templates, MessageSource messages, StaffDirectory staff) {
        this.templates = templates;
        this.messages = messages;
        this.staff = staff;
    }

    public ResponseEntity<byte[]> pdf(Statement statement) {
        return Downloads.attachment(pdfBytes(statement), PDF, fileName(statement, "pdf"));
    }

    public ResponseEntity<byte[]> xlsx(Statement statement) {
        return Downloads.attachment(xlsxBytes(statement), XLSX, fileName(statement, "xlsx"));
    }

    public ResponseEntity<byte[]> csv(Statement statement) {
        return Downloads.attachment(csvBytes(statement), CSV, fileName(statement, "csv"));
    }

    public ResponseEntity<byte[]> coPaymentCsv(SettlementRun run, List<CoPaymentLine> lines) {
        return Downloads.attachment(coPaymentCsvBytes(run, lines), CSV, coPaymentFileName(run, "csv"));
    }

    public ResponseEntity<byte[]> coPaymentXlsx(SettlementRun run, List<CoPaymentLine> lines) {
        return Downloads.attachment(coPaymentXlsxBytes(run, lines), XLSX, coPaymentFileName(run, "xlsx"));
    }

    // --- names and Danish texts ---

    /** {@code afregning-2022-02-solsikken-hjemmepleje-aps.pdf}. */
    public String fileName(Statement statement, String extension) {
        return "afregning-%s-%s.%s".formatted(statement.run().month(), slug(statement.providerName()), extension);
    }

    /** {@code egenbetaling-2022-02.csv}. */
    public String coPaymentFileName(SettlementRun run, String extension) {
        return "egenbetaling-%s.%s".formatted(run.month(), extension);
    }

    /** "februar 2022". */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "Godkendt 03.03.2022 af Ole Økonomi" (the approver's full name) or "Kladde – ikke godkendt". */
    public String status(SettlementRun run) {
        if (run.approved()) {
            String approver = staff.find(run.approvedBy()).map(StaffUser::displayName).orElse(run.approvedBy());
            return text("settlement.export.status.approved", date(run.approvedAt()), approver);
        }
        return text("settlement.export.status." + run.status());
    }

    /**
     * A statement line as the PDF and the provider's page show it: every field a Danish text.
     *
     * @param kind "Måned", "Difference (juni 2022)" or "Resultatbonus"
     */
    public record Row(String kind, String citizenName, long citizenId, String intervention, String interventionCode,
                      String band, String rateSource, String rate, String unit, String visits, String minutes,
                      String hours, String amount) {
    }

    public List<Row> rows(Statement statement) {
        return statement.lines().stream().map(this::row).toList();
    }

    private Row row(StatementLine l) {
        boolean bonus = "BONUS".equals(l.kind());
        return new Row(kind(l), l.citizenName(), l.citizenId(), l.interventionName(), l.interventionCode(),
                text("settlement.band." + l.band()), text("settlement.rateSource." + l.rateSource()),
                l.rate().danish(), text("settlement.unit." + l.unit()), bonus ? "" : String.valueOf(l.visits()),
                bonus ? "" : String.valueOf(l.minutes()), bonus ? "" : danish(hours(l.minutes())), l.amount().danish());
    }

    private String kind(StatementLine l) {
        String kind = text("settlement.kind." + l.kind());
        return "DIFFERENCE".equals(l.kind()) ? kind + " (" + month(l.serviceMonth()) + ")" : kind;
    }

    // --- PDF ---

    /** The statement as a Danish PDF letter; the table header repeats on every page. */
    public byte[] pdfBytes(Statement statement) {
        Map<String, Object> model = Map.of("s", statement, "rows", rows(statement), "period", month(statement.run().month()),
                "status", status(statement.run()), "draft", !statement.run().approved());
        String html = templates.process(TEMPLATE, new Context(DANISH, model));
        return HtmlToPdf.render(html, new FixedMetadata(statement), "The statement");
    }

    /** Title, author and dates from the run instead of the clock, so the same statement renders the same bytes. */
    private record FixedMetadata(Statement statement) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            SettlementRun run = statement.run();
            Instant at = run.approvedAt() != null ? run.approvedAt() : run.computedAt() != null ? run.computedAt() : run.startedAt();
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(at.toEpochMilli());
            PDDocumentInformation info = renderer.getPdfDocument().getDocumentInformation();
            info.setTitle("Afregning " + month(run.month()) + " – " + statement.providerName());
            info.setAuthor(statement.municipalityName());
            info.setProducer("Omsorg");
            info.setCreationDate(created);
            info.setModificationDate(created);
        }
    }

    // --- the statement's rows for CSV and XLSX: text, Integer, Long, BigDecimal or null ---

    private List<List<Object>> lineRows(Statement s) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatementLine l : s.lines()) {
            boolean bonus = "BONUS".equals(l.kind());
            List<Object> row = new ArrayList<>();
            row.add(s.municipalityName());
            row.add(s.providerName());
            row.add(s.providerCvr());
            row.add(s.run().month().toString());
            row.add(text("settlement.kind." + l.kind()));
            row.add(l.serviceMonth() == null ? null : l.serviceMonth().toString());
            row.add(l.citizenId());
            row.add(l.citizenName());
            row.add(l.grantKey() == null ? null : l.grantKey().toString());
            row.add(l.interventionCode());
            row.add(l.interventionName());
            row.add(l.rateGroupName());
            row.add(l.legalBasis());
            row.add(l.account());
            row.add(text("settlement.band." + l.band()));
            row.add(text("settlement.unit." + l.unit()));
            row.add(text("settlement.rateSource." + l.rateSource()));
            row.add(l.rate().kroner());
            row.add(bonus ? null : l.visits());
            row.add(bonus ? null : l.minutes());
            row.add(bonus ? null : hours(l.minutes()));
            row.add(l.amount().kroner());
            rows.add(row);
        }
        return rows;
    }

    private List<List<Object>> coPaymentRows(SettlementRun run, List<CoPaymentLine> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoPaymentLine l : lines) {
            rows.add(new ArrayList<>(List.of(run.month().toString(), cpr(l.cprNumber()), l.citizenId(), l.citizenName(),
                    l.grantKey().toString(), l.interventionCode(), l.interventionName(), l.name(),
                    text("settlement.coPaymentUnit." + l.unit()), l.quantity(), l.price().kroner(),
                    l.amount().kroner())));
        }
        return rows;
    }

    private static Money coPaymentTotal(List<CoPaymentLine> lines) {
        return lines.stream().map(CoPaymentLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<Object> totalRow(int columns, Money total) {
        List<Object> row = new ArrayList<>();
        row.add("I alt");
        while (row.size() < columns - 1) {
            row.add(null);
        }
        row.add(total.kroner());
        return row;
    }

    // --- CSV ---

    /** One row per statement line; no total row, so a finance system can read every row alike. */
    public byte[] csvBytes(Statement statement) {
        return Downloads.csv(HEADERS, lineRows(statement));
    }

    /** One row per citizen and co-payment, then a row "I alt" with the total. */
    public byte[] coPaymentCsvBytes(SettlementRun run, List<CoPaymentLine> lines) {
        List<List<Object>> rows = coPaymentRows(run, lines);
        rows.add(totalRow(CO_PAYMENT_HEADERS.size(), coPaymentTotal(lines)));
        return Downloads.csv(CO_PAYMENT_HEADERS, rows);
    }

    // --- XLSX ---

    /** Sheet "Linjer" (one row per line, numbers as numbers), "Subtotaler" (per rate group and account, the total). */
    public byte[] xlsxBytes(Statement s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Omsorg", "1.0");
            Worksheet lines = workbook.newWorksheet("Linjer");
            SheetCells.header(lines, HEADERS);
            int r = 1;
            for (List<Object> row : lineRows(s)) {
                SheetCells.cells(lines, r++, row);
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                lines.width(c, switch (HEADERS.get(c)) {
                    case "Leverandør", "Borger", "Indsats", "Takstgruppe", "Kommune" -> 28;
                    case "Bevillings-id" -> 38;
                    default -> 14;
                });
            }

            Worksheet subtotals = workbook.newWorksheet("Subtotaler");
            String[][] facts = {
                    {"Kommune", s.municipalityName()},
                    {"Leverandør", s.providerName()},
                    {"CVR", s.providerCvr()},
                    {"Periode", month(s.run().month())},
                    {"Status", status(s.run())},
            };
            for (int i = 0; i < facts.length; i++) {
                subtotals.value(i, 0, facts[i][0]);
                subtotals.style(i, 0).bold().set();
                subtotals.value(i, 1, facts[i][1]);
            }
            int top = facts.length + 1;
            for (int c = 0; c < SUBTOTAL_HEADERS.size(); c++) {
                subtotals.value(top, c, SUBTOTAL_HEADERS.get(c));
                subtotals.style(top, c).bold().set();
            }
            r = top + 1;
            for (Subtotal t : s.subtotals()) {
                SheetCells.cells(subtotals, r++, List.of(t.rateGroupName(), t.legalBasis(), t.account(), t.amount().kroner()));
            }
            subtotals.value(r, 0, "I alt");
            subtotals.style(r, 0).bold().set();
            subtotals.value(r, 3, s.total().kroner());
            subtotals.style(r, 3).bold().format("#,##0.00").set();
            subtotals.width(0, 32);
            subtotals.width(1, 30);
            subtotals.width(2, 14);
            subtotals.width(3, 16);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sheet "Egenbetaling": one row per citizen and co-payment, then "I alt". */
    public byte[] coPaymentXlsxBytes(SettlementRun run, List<CoPaymentLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Omsorg", "1.0");
            Worksheet sheet = workbook.newWorksheet("Egenbetaling");
            SheetCells.header(sheet, CO_PAYMENT_HEADERS);
            int r = 1;
            for (List<Object> row : coPaymentRows(run, lines)) {
                SheetCells.cells(sheet, r++, row);
            }
            sheet.value(r, 0, "I alt");
            sheet.style(r, 0).bold().set();
            int last = CO_PAYMENT_HEADERS.size() - 1;
            sheet.value(r, last, coPaymentTotal(lines).kroner());
            sheet.style(r, last).bold().format("#,##0.00").set();
            for (int c = 0; c < CO_PAYMENT_HEADERS.size(); c++) {
                sheet.width(c, c == 3 || c == 6 || c == 7 ? 28 : c == 4 ? 38 : 14);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // --- helpers ---

    /** Always Danish, also outside a web request (a statement is a Danish document). */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, DANISH);
    }

    /** Hours with two decimals: 90 minutes → 1.50. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String danish(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }

    /** "0102031234" → "010203-1234": the way a CPR number is written, and text to a spreadsheet (keeps the 0). */
    static String cpr(String cpr) {
        return cpr != null && cpr.length() == 10 ? cpr.substring(0, 6) + "-" + cpr.substring(6) : cpr;
    }

    private static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(DanishTime.ZONE));
    }

    /** "Solsikken Hjemmepleje ApS" → "solsikken-hjemmepleje-aps"; æ, ø, å as ae, oe, aa. */
    static String slug(String name) {
        String text = name.toLowerCase(DANISH).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return text.isEmpty() ? "leverandoer" : text;
    }
}

package dk.omsorg.supervision.internal;

import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.web.Downloads;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.supervision.Sample;
import dk.omsorg.supervision.SampleReport;
import dk.omsorg.supervision.SampleReport.CitizenPart;
import dk.omsorg.supervision.SampleReport.Line;
import dk.omsorg.supervision.SampleReport.ProviderPart;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sample as a spreadsheet for the supervisor: CSV (UTF-8 with BOM, semicolons, Danish headers, decimal comma — what
 * Danish Excel opens directly) and XLSX (numbers as numbers), one row per citizen and grant; a drawn citizen with no
 * grant from the provider in the period gets one row without figures.
 */
@Component
public class SampleExport {

    /** The column headers, in order. */
    public static final List<String> HEADERS = List.of("Leverandør", "Borger-id", "Borger", "Indsats", "Indsatskode",
            "Lovgrundlag", "Bevillings-id", "Visiteret pr. uge (min.)", "Dage i perioden", "Visiteret i perioden (min.)",
            "Planlagt (min.)", "Leveret (min.)", "Afvigelse planlagt − visiteret (min.)",
            "Afvigelse leveret − visiteret (min.)", "Afvigelse leveret (%)", "Ikke leverede besøg", "Årsager");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Messages messages;
    private final StaffDirectory staff;

    SampleExport(Messages messages, StaffDirectory staff) {
        this.messages = messages;
        this.staff = staff;
    }

    public static final MediaType CSV = Downloads.CSV;
    public static final MediaType XLSX = Downloads.XLSX;

    /** The CSV as a file download. */
    public ResponseEntity<byte[]> csvDownload(SampleReport report) {
        return Downloads.attachment(csv(report), CSV, fileName(report.sample(), "csv"));
    }

    /** The XLSX as a file download. */
    public ResponseEntity<byte[]> xlsxDownload(SampleReport report) {
        return Downloads.attachment(xlsx(report), XLSX, fileName(report.sample(), "xlsx"));
    }

    public String fileName(Sample sample, String extension) {
        return "stikproeve-%d-%s-%s.%s".formatted(sample.id(), sample.from(), sample.to(), extension);
    }

    /** Each row's cells: text, Integer, BigDecimal or null. */
    private List<List<Object>> rows(SampleReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProviderPart provider : report.providers()) {
            for (CitizenPart citizen : provider.citizens()) {
                if (citizen.lines().isEmpty()) {
                    List<Object> row = new ArrayList<>(List.of(provider.providerName(), citizen.citizenId(), citizen.citizenName()));
                    while (row.size() < HEADERS.size()) {
                        row.add(null);
                    }
                    rows.add(row);
                }
                for (Line l : citizen.lines()) {
                    List<Object> row = new ArrayList<>();
                    row.add(provider.providerName());
                    row.add(citizen.citizenId());
                    row.add(citizen.citizenName());
                    row.add(l.interventionName());
                    row.add(l.interventionCode());
                    row.add(l.legalBasis());
                    row.add(l.grantKey().toString());
                    row.add(l.weeklyMinutes());
                    row.add(l.days());
                    row.add(l.grantedMinutes());
                    row.add(l.plannedMinutes());
                    row.add(l.deliveredMinutes());
                    row.add(l.plannedDeviationMinutes());
                    row.add(l.deviationMinutes());
                    row.add(l.deviationPercent());
                    row.add(l.notDelivered().total());
                    row.add(reasons(l));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private String reasons(Line line) {
        return line.notDelivered().byReason().entrySet().stream()
                .map(e -> messages.text("delivery.reason." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    public byte[] csv(SampleReport report) {
        return Downloads.csv(HEADERS, rows(report));
    }

    public byte[] xlsx(SampleReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Omsorg", "1.0");
            Worksheet sheet = workbook.newWorksheet("Stikprøve");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
                sheet.style(0, c).bold().wrapText(true).set();
                sheet.width(c, c == 2 || c == 3 ? 30 : c == 6 ? 38 : 16);
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : rows(report)) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                        if (value instanceof BigDecimal) {
                            sheet.style(r, c).format("0.0").set();
                        }
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
                r++;
            }
            Worksheet about = workbook.newWorksheet("Om stikprøven");
            Sample s = report.sample();
            String[][] facts = {
                    {"Stikprøve", String.valueOf(s.id())},
                    {"Periode", DATE.format(s.from()) + " – " + DATE.format(s.to())},
                    {"Borgere pr. leverandør", String.valueOf(s.perProvider())},
                    {"Leverandør", s.providerName() == null ? "Alle" : s.providerName()},
                    {"Trukket af", staff.find(s.drawnBy()).map(StaffUser::displayName).orElse(s.drawnBy())},
                    {"Trukket",
                            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(s.drawnAt().atZone(dk.omsorg.shared.DanishTime.ZONE))},
                    {"Trækningsnummer (samme nummer giver samme udvalg)", String.valueOf(s.seed())},
                    {"Visiteret i perioden", "Visiteret pr. uge × dage i perioden, hvor leverandøren leverede bevillingen ÷ 7, afrundet til hele minutter; er bevillingen ændret i perioden, tæller hver dag med den version, der gjaldt den dag. Kolonnen Visiteret pr. uge viser den gældende version."},
                    {"Leveret", "Leverede besøg; besøg, der ikke blev leveret, tælles under Ikke leverede besøg med årsag"},
            };
            for (int i = 0; i < facts.length; i++) {
                about.value(i, 0, facts[i][0]);
                about.style(i, 0).bold().set();
                about.value(i, 1, facts[i][1]);
            }
            about.width(0, 24);
            about.width(1, 80);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

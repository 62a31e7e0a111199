package dk.omsorg.complaint.api;

import dk.omsorg.complaint.ComplaintFigures;
import dk.omsorg.complaint.ComplaintFigures.Figures;
import dk.omsorg.complaint.ComplaintFiguresExport;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Downloads;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;

/** The leader's complaint figures over REST, as JSON and XLSX, for complaints received from one month to another. */
@RestController
@PreAuthorize("hasRole('LEADER')")
@Tag(name = "Klager: tal for lederen", description = "Complaints per area and month, agreement, forwarding on time, outcomes")
class ComplaintFiguresApi {

    private final ComplaintFigures figures;
    private final ComplaintFiguresExport export;
    private final CurrentUsers users;

    ComplaintFiguresApi(ComplaintFigures figures, ComplaintFiguresExport export, CurrentUsers users) {
        this.figures = figures;
        this.export = export;
        this.users = users;
    }

    @GetMapping("/api/v1/complaint-figures")
    Figures figures(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                    @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        return of(from, to);
    }

    @GetMapping("/api/v1/complaint-figures.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        return Downloads.attachment(export.xlsx(of(from, to)), Downloads.XLSX, "klager-" + from + "-" + to + ".xlsx");
    }

    private Figures of(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "complaintFigures.period.invalid");
        }
        if (from.plusMonths(35).isBefore(to)) {
            throw new InvalidInputException("to", "complaintFigures.period.tooLong");
        }
        return figures.of(users.current().municipalityId(), from, to);
    }
}

package dk.omsorg.delivery.api;

import dk.omsorg.delivery.LineError;
import dk.omsorg.delivery.Visit;
import dk.omsorg.delivery.VisitInput;
import dk.omsorg.delivery.VisitTemplates;
import dk.omsorg.delivery.Visits;
import dk.omsorg.delivery.VisitsRejected;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Downloads;
import dk.omsorg.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planned and delivered visits over REST, for the provider's own planning system (HTTP Basic with the demo
 * provider users): one visit or a list as JSON, or a CSV file ({@code docs/visit-import-format.md}). Bad
 * input: 400 with every error and nothing stored; a grant the provider does not deliver: 403, audited.
 */
@RestController
@RequestMapping("/api/v1/provider/visits")
@RequireProvider
@Tag(name = "Levering", description = "The provider's planned and delivered visits (planlagt og leveret tid)")
class ProviderVisitApi {

    /** The JSON field of each CSV column. */
    private static final Map<String, String> FIELDS = Map.of("besøgs_id", "visitId", "bevillings_id", "grantKey",
            "type", "kind", "dato", "date", "starttid", "startTime", "vagtlag", "shift", "minutter", "minutes",
            "ikke_leveret_årsag", "notDeliveredReason");

    private final Visits visits;
    private final VisitTemplates templates;
    private final Messages messages;
    private final Clock clock;

    private final org.springframework.util.unit.DataSize maxFileSize;

    ProviderVisitApi(Visits visits, VisitTemplates templates, Messages messages, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:100MB}")
                     org.springframework.util.unit.DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
        this.visits = visits;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    record VisitDto(long id, String visitId, UUID grantKey, long citizenId, String kind, LocalDate date, LocalTime startTime,
                    String shift, int minutes, String notDeliveredReason) {
        static VisitDto of(Visit v) {
            return new VisitDto(v.id(), v.externalId(), v.grantKey(), v.citizenId(), v.kind(), v.date(), v.startTime(),
                    v.shift(), v.minutes(), v.notDeliveredReason());
        }
    }

    record OutcomeDto(int inserted, int updated, int unchanged, List<VisitDto> visits) {
        static OutcomeDto of(Visits.Outcome o) {
            return new OutcomeDto(o.inserted(), o.updated(), o.unchanged(), o.visits().stream().map(VisitDto::of).toList());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register one visit or a list: {visitId, grantKey, kind: PLANNED|DELIVERED, date, startTime, shift, "
            + "minutes, notDeliveredReason}; a known visitId replaces the earlier visit. All or nothing.")
    ResponseEntity<OutcomeDto> register(@RequestBody Object body) {
        List<?> items = body instanceof List<?> list ? list : List.of(body);
        List<VisitInput> inputs = items.stream().map(ProviderVisitApi::input).toList();
        Visits.Outcome outcome = visits.register(inputs);
        return ResponseEntity.status(outcome.inserted() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(OutcomeDto.of(outcome));
    }

    @GetMapping
    @Operation(summary = "The provider's own visits, optionally of one grant, from/to a date (inclusive)")
    List<VisitDto> visits(@RequestParam(required = false) UUID grantKey, @RequestParam(required = false) LocalDate from,
                          @RequestParam(required = false) LocalDate to) {
        return visits.visits(grantKey, from, to).stream().map(VisitDto::of).toList();
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a CSV file of visits (docs/visit-import-format.md): all or nothing; counts inserted/updated/unchanged")
    OutcomeDto importCsv(jakarta.servlet.http.HttpServletRequest request) throws IOException {
        // the same limit as the upload: a body is read no further than that, whatever length it claims
        long limit = maxFileSize.toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge();
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw new TooLarge();
        }
        return OutcomeDto.of(visits.importCsv(new String(body, StandardCharsets.UTF_8)));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV file of visits, uploaded as the multipart part 'file'")
    OutcomeDto importFile(@RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new NoFile();
        }
        return OutcomeDto.of(visits.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8)));
    }

    @GetMapping(path = "/template", produces = "text/csv")
    @Operation(summary = "The template for a week (the week of 'week', default today): one DELIVERED line per planned visit or "
            + "expected delivery up to today, start time and minutes to fill in; the provider's own grants only")
    ResponseEntity<byte[]> template(@RequestParam(required = false) LocalDate week) {
        LocalDate day = week == null ? LocalDate.ofInstant(clock.instant(), DanishTime.ZONE) : week;
        return Downloads.attachment(templates.csv(day), Downloads.CSV, "besoeg-uge-" + day.with(DayOfWeek.MONDAY) + ".csv");
    }

    /** A multipart upload without a file (no part 'file', or an empty one without a name). */
    static class NoFile extends RuntimeException {
    }

    @ExceptionHandler({NoFile.class, MultipartException.class})
    ProblemDetail noFile(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text("delivery.error.noFile"));
        problem.setTitle(messages.text("error.title.400"));
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", messages.text("delivery.error.noFile"))));
        return problem;
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge() {
        String detail = messages.text("delivery.error.tooLarge", maxFileSize.toMegabytes());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setTitle(messages.text("error.title.413"));
        return problem;
    }

    /** A CSV body larger than the upload limit. */
    static class TooLarge extends RuntimeException {
    }

    @ExceptionHandler(VisitsRejected.class)
    ProblemDetail rejected(VisitsRejected e) {
        List<Map<String, Object>> errors = e.errors().stream().map(err -> error(err, e.file())).toList();
        String detail = e.file()
                ? messages.text("delivery.rejected.file", e.badLines())
                : (String) errors.get(0).get("message");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.text("error.title.400"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private Map<String, Object> error(LineError err, boolean file) {
        Map<String, Object> map = new LinkedHashMap<>();
        String message = messages.text("delivery.error." + err.code(), err.args());
        if (file) {
            map.put("line", err.line());
            if (err.column() != null) {
                map.put("column", err.column());
            }
        } else {
            map.put("field", err.code().equals("noVisits") ? "visits"
                    : "visits[" + (err.line() - 1) + "]" + (err.column() == null ? "" : "." + FIELDS.get(err.column())));
        }
        map.put("message", message);
        return map;
    }

    private static VisitInput input(Object item) {
        Map<?, ?> m = item instanceof Map<?, ?> map ? map : Map.of();
        return new VisitInput(text(m.get("visitId")), text(m.get("grantKey")), text(m.get("kind")), text(m.get("date")),
                text(m.get("startTime")), text(m.get("shift")), text(m.get("minutes")), text(m.get("notDeliveredReason")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

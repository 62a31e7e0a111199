package dk.omsorg.shared.web;

import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/**
 * Errors from the REST API as RFC 9457 problem details, with a Danish {@code detail} and the
 * fields in error under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final Messages texts;

    ApiProblems(MessageSource messages, Messages texts) {
        this.messages = messages;
        this.texts = texts;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ConflictException ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> fieldError(v.field(), text(v.messageKey(), v.args())))
                .toList();
        return problem(status, errors.get(0).get("message"), errors);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, text("error.stale"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraint(DataIntegrityViolationException e) {
        // PostgreSQL's message names the key and its value — a CPR number among them — so only the kind is logged
        log.warn("A write was refused by a database constraint ({})", e.getClass().getSimpleName());
        return problem(HttpStatus.CONFLICT, text("error.constraint"), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("error.forbidden"), List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, errors.isEmpty() ? text("error.invalid") : errors.get(0).get("message"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        UnreadableJson why = UnreadableJson.of(e.getCause());
        String detail = why.field() == null ? text(why.messageKey())
                : text(why.messageKey(), why.field(), InputLimits.TEXT_LENGTH, String.valueOf(InputLimits.FIRST_YEAR),
                String.valueOf(java.time.LocalDate.now(dk.omsorg.shared.DanishTime.ZONE).getYear() + InputLimits.YEARS_AHEAD));
        return problem(HttpStatus.BAD_REQUEST, detail,
                why.field() == null ? List.of() : List.of(fieldError(why.field(), detail)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String detail = text("input.type.parameter", e.getName());
        return problem(HttpStatus.BAD_REQUEST, detail, List.of(fieldError(e.getName(), detail)));
    }

    private ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error.title." + status.value()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}

package dk.omsorg.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * An upload over the size limit fails while the request is read, before any controller is chosen, so no
 * controller's own handler sees it; left to the framework it became an empty 413 (the error page re-read the
 * same request and failed again). Answered here, once: "the file is too large, split it", in Danish — a problem
 * for the API, the error page for a person.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooLargeUploads {

    private final Messages messages;
    private final DataSize maxFileSize;

    TooLargeUploads(Messages messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String detail = messages.text("upload.tooLarge", maxFileSize.toMegabytes());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setTitle(messages.text("error.title.413"));
            problem.setProperty("errors", java.util.List.of(Map.of("field", "file", "message", detail)));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", 413, "message", detail));
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}

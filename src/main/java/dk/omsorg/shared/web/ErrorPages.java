package dk.omsorg.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Every error that no controller answered itself ends here: a URL that matches nothing, a path or query
 * value of the wrong type ({@code /citizens/abc}), a wrong HTTP method, Spring Security's refusal, an
 * unexpected exception. It replaces Spring Boot's own error controller, whose texts are the framework's
 * English ("Not Found", "No static resource …"). A page gets the Danish error page; a call under
 * {@code /api/} gets an RFC 9457 problem with a Danish title and detail.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Messages messages;
    private final org.springframework.util.unit.DataSize maxFileSize;

    ErrorPages(Messages messages,
               @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
               org.springframework.util.unit.DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        int status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        // the only thing too large a person sends is a file: say how large it may be
        String detail = status == 413 ? messages.text("upload.tooLarge", maxFileSize.toMegabytes())
                : messages.text(detailKey(status));
        if (path.startsWith(request.getContextPath() + "/api/")) {
            // an API client has no page to go back to: its own words for the address and the method
            String api = status == 404 || status == 405 ? messages.text("error.api." + status) : detail;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), api);
            problem.setTitle(messages.text(titleKey(status)));
            problem.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status, "message", detail));
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return 500;
    }

    /** The statuses the framework answers with; anything else reads as an unexpected error. */
    private static String detailKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 413, 415 -> "error.detail." + status;
            default -> "error.detail.500";
        };
    }

    private static String titleKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415 -> "error.title." + status;
            default -> "error.title.500";
        };
    }
}

package dk.omsorg.shared.web;

import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors that reach a page controller become a Danish error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        int status = e instanceof NotFoundException ? 404 : e instanceof ConflictException ? 409 : 400;
        DomainException.Violation v = e.violations().get(0);
        return page(response, model, status, messages.text(v.messageKey(), v.args()));
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String constraint(org.springframework.dao.DataIntegrityViolationException e, HttpServletResponse response, Model model) {
        // PostgreSQL's message names the key and its value — a CPR number among them — so only the kind is logged
        org.slf4j.LoggerFactory.getLogger(PageErrors.class)
                .warn("A write was refused by a database constraint ({})", e.getClass().getSimpleName());
        return page(response, model, 409, messages.text("error.constraint"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(HttpServletResponse response, Model model) {
        return page(response, model, 409, messages.text("error.stale"));
    }

    private String page(HttpServletResponse response, Model model, int status, String message) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}

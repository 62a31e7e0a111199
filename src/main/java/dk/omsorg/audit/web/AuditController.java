package dk.omsorg.audit.web;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditTrail;
import dk.omsorg.security.RequireAuditAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    @RequireAuditAccess
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) String cprNumber,
                @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditTrail.Filter filter = new AuditTrail.Filter(username, cprNumber, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        AuditTrail.AuditPage events = trail.find(filter, page, AuditTrail.DEFAULT_PAGE_SIZE);
        model.addAttribute("auditPage", events);
        model.addAttribute("entries", events.events());
        return "audit/list";
    }
}

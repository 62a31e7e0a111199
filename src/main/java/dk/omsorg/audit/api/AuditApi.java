package dk.omsorg.audit.api;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditTrail;
import dk.omsorg.security.RequireAuditAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "Audit", description = "Who read or changed which citizen's data")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-events")
    @RequireAuditAccess
    @Operation(summary = "Audit events of the caller's municipality, newest first, a page at a time "
            + "(page from 0, size 1–500, default 50); hasNext says whether another page follows")
    AuditTrail.AuditPage list(@RequestParam(required = false) String username,
                                     @RequestParam(required = false) String cprNumber,
                                     @RequestParam(required = false) AuditAction action,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "" + AuditTrail.DEFAULT_PAGE_SIZE) int size) {
        return trail.find(new AuditTrail.Filter(username, cprNumber, action, from, to), page, size);
    }
}

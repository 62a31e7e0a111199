package dk.omsorg.notice.internal;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits every request of a provider user that is refused by URL or by a capability annotation (a
 * municipal page or API, e.g. a guessed {@code /citizens/42}), as the provider routes audit their own
 * refusals (another provider's notice or citizen). No citizen is named: the request never got that far.
 */
@Component
class AuditingProviderRefusals {

    static final String RESOURCE = "request";

    private final AuditLog audit;

    AuditingProviderRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().stream()
                .noneMatch(a -> Role.PROVIDER.authority().equals(a.getAuthority()))) {
            return;
        }
        Object target = event.getObject();
        // the audit log shows the address asked for; a class and method name is shown only without a request
        HttpServletRequest current = target instanceof HttpServletRequest request ? request
                : org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        String what = current != null ? current.getMethod() + " " + current.getRequestURI()
                : target instanceof MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : String.valueOf(target);
        audit.denied(null, RESOURCE, what);
    }
}

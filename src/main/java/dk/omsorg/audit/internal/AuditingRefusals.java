package dk.omsorg.audit.internal;

import dk.omsorg.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audits every request of a logged-in user that is refused by URL or by a capability annotation — a provider
 * on a municipal page, a caseworker on settlement, finance on a citizen — in the one place all such
 * refusals pass (Spring Security's AuthorizationDeniedEvent, for URL rules and method security alike), so
 * no controller needs to. Refusals a use case decides itself (another municipality's citizen, another
 * provider's notice) are audited by the use case. No citizen is named: the request never got that far.
 * Anonymous requests are not audited: there is no user to name, and the login page answers them.
 */
@Component
class AuditingRefusals {

    static final String RESOURCE = "request";

    private final AuditLog audit;

    AuditingRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        Object target = event.getObject();
        // the audit log shows the address asked for; a class and method name is shown only without a request
        HttpServletRequest current = target instanceof HttpServletRequest request ? request
                : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        String what = current != null ? current.getMethod() + " " + current.getRequestURI()
                : target instanceof MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : String.valueOf(target);
        audit.denied(null, RESOURCE, what);
    }
}

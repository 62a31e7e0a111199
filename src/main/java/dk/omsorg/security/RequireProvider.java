package dk.omsorg.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Capability: act as a provider (leverandør) — read the own inbox and the own citizens, acknowledge
 * notices, confirm starts, send notices back. Which citizens and notices are the provider's own is
 * checked by the use case, per request.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('PROVIDER')")
public @interface RequireProvider {
}

package dk.omsorg.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Capability: say which caseworker answers for a citizen's case (kontaktvisitator) — visitator, koordinator, leder. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CASEWORKER','COORDINATOR','LEADER')")
public @interface RequireCaseResponsibility {
}

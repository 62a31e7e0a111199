package dk.omsorg.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Capability: have a work queue (Mine opgaver). The staff who read citizens' cases, and finance, whose team gets
 * the special cases' cost notices and offer reviews (issue 17); finance sees only its own team's tasks (the task
 * module checks which).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
public @interface RequireTaskQueue {
}

package dk.omsorg.ownpayment;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Capability: make and approve the own-payment drafts of a new yearly level — the caseworker who answers for the
 * payments, finance who collects them, or the leader.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CASEWORKER','FINANCE','LEADER')")
public @interface RequireOwnPaymentRegulation {
}

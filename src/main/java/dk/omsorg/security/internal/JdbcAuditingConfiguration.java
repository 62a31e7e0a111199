package dk.omsorg.security.internal;

import dk.omsorg.security.CurrentUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Fills created/modified by and at on every aggregate (ARCHITECTURE rule 8). */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing(auditorAwareRef = "auditorAware", dateTimeProviderRef = "auditingDateTimeProvider")
class JdbcAuditingConfiguration {

    @Bean
    AuditorAware<String> auditorAware(CurrentUsers users) {
        return () -> SecurityContextHolder.getContext().getAuthentication() == null
                ? Optional.of("system")
                : Optional.of(users.current().username());
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }
}

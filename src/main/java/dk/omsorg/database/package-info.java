/**
 * Starts an embedded, real PostgreSQL when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package dk.omsorg.database;

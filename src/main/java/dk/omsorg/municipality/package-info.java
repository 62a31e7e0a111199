/**
 * Municipalities (kommuner) — every record belongs to one, identified by its official code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kommuner")
package dk.omsorg.municipality;

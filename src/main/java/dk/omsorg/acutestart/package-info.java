/**
 * Akut opstart: a provider starts necessary help before a decision (seed 002), for a citizen it serves or one a GP
 * or hospital called about; the authority decides within its acute deadline, back-dating the grant to the start, or
 * refuses, which ends it (docs/acute-start.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Akut opstart")
package dk.omsorg.acutestart;

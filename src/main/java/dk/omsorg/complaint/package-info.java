/**
 * Complaints (klager) about decisions: registered on a decision version with who complains and about what, the
 * complaint deadline from how the letter was sent, the acknowledgement letter (kvittering), and the authority's
 * reconsideration (genvurdering) — agreement (a new decision version after complaint) or maintained and on to
 * forwarding to Ankestyrelsen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Klager")
package dk.omsorg.complaint;

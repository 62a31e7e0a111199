/**
 * Decisions (afgørelser): grants (bevillinger) and refusals (afslag) for a citizen, checked against
 * the quality standard in force and the citizen's latest assessment, with the caseworker's reasons
 * for going beyond the standard; versions of a decision and its grants; the decision letter (PDF)
 * with complaint guidance, stored as sent; and the citizen's weekly granted time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Afgørelser")
package dk.omsorg.decision;

/**
 * Assessments (vurderinger): a citizen's FSIII functional ability scores, health conditions and the
 * caseworker's overall assessment, and the FSIII reference data they are recorded in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vurdering")
package dk.omsorg.assessment;

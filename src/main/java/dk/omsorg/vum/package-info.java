/**
 * VUM 2.0 (Voksenudredningsmetoden, glossary: adult assessment method) for the adult social area: the reference
 * data, assessments (udredninger) per theme, and goals with the handleplan (action plan, serviceloven § 141).
 * A municipality whose catalogue in force is of the social shape assesses with VUM; home care keeps FSIII.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voksenudredning")
package dk.omsorg.vum;

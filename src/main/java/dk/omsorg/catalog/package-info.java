/**
 * Quality standards (kvalitetsstandarder) as data: each municipality's catalogue of areas and
 * interventions with allocation criteria, frequency limits, shifts, start deadlines and other
 * rules, in versions by validity period; and the policy engine that checks proposed grants
 * against the catalogue in force.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kvalitetsstandarder")
package dk.omsorg.catalog;

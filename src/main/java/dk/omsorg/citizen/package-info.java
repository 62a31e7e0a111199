/**
 * Citizens (borgere): identified by CPR number, belonging to one municipality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Borgere")
package dk.omsorg.citizen;

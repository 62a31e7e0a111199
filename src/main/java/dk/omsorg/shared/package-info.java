/**
 * The few value types and error types every module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.omsorg.shared;

/**
 * § 83 a rehabilitation courses followed through (rehabiliteringsforløb, seed 004): a course per course grant with
 * its owner (forløbsansvarlig), the provider's contact person (kontaktperson), the package level (pakkeniveau) by
 * the municipality's rehabilitation.yaml, IPPA and FSIII goal states at start and end, the mid-way and final
 * evaluation forms and the caseworker's decision that follows through a new decision version, notes, and the
 * outcome figures for management information.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rehabilitering")
package dk.omsorg.rehabilitation;

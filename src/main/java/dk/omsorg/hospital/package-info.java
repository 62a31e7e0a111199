/**
 * Sygehusadviser (hospital notifications): MedCom HospitalNotification messages from the hospitals, received as FHIR
 * message bundles, stored once each, acknowledged, and turned into the citizen's hospital absences and the
 * caseworker's discharge work (docs/hospital.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sygehusadviser")
package dk.omsorg.hospital;

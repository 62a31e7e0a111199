/**
 * Sygehusadviser (hospital notifications): MedCom HospitalNotification messages from the hospitals, received as FHIR
 * message bundles, stored once each, acknowledged, and turned into the citizen's hospital absences and the
 * caseworker's discharge work; and the genoptræningsplaner the hospitals send, archived on the citizen and forwarded
 * as an order to the provider who delivers the training (docs/hospital.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sygehusadviser")
package dk.omsorg.hospital;

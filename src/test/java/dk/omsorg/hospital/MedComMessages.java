package dk.omsorg.hospital;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;

/**
 * HospitalNotification messages shaped as MedCom's examples (dk-medcom-hospitalnotification, input/fsh:
 * MedComHospitalNotificationMessage.fsh, ...Encounter.fsh, ...MessageHeader.fsh, HospitalNotificationProvenanceInstances.fsh):
 * MessageHeader first with event hospital-notification-message and the Encounter as focus, the Patient with a CPR
 * identifier, sender and receiver Organizations with SOR ids, and the Provenance of this message with its activity
 * (and, for a revise, cancel, leave or discharge, the earlier MessageHeader as entity.what).
 */
final class MedComMessages {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String BASE = "https://medcomfhir.dk/ig/hospitalnotification/";

    private MedComMessages() {
    }

    /** One message; {@code headerId} is what later messages refer to. */
    record Message(String messageId, String headerId, String json) {
    }

    static final class Builder {
        private final String cpr;
        private final String episode;
        private String activity;
        private String refersTo;
        private String encounterStatus = "in-progress";
        private String encounterClass = "IMP";
        private OffsetDateTime start;
        private OffsetDateTime end;
        private OffsetDateTime leaveStart;
        private OffsetDateTime leaveEnd;
        private boolean deceased;
        private String event = "hospital-notification-message";

        Builder(String cpr, String episode) {
            this.cpr = cpr.replace("-", "");
            this.episode = episode;
        }

        Builder activity(String code, String refersTo) {
            this.activity = code;
            this.refersTo = refersTo;
            if (code.contains("emergency")) {
                encounterClass = "EMER";
            }
            if (code.startsWith("cancel")) {
                encounterStatus = "entered-in-error";
            } else if (code.contains("start-leave")) {
                encounterStatus = "onleave";
            } else if (code.contains("discharge")) {
                encounterStatus = "finished";
            }
            return this;
        }

        Builder period(OffsetDateTime start, OffsetDateTime end) {
            this.start = start;
            this.end = end;
            return this;
        }

        Builder leave(OffsetDateTime start, OffsetDateTime end) {
            this.leaveStart = start;
            this.leaveEnd = end;
            return this;
        }

        Builder deceased() {
            this.deceased = true;
            this.encounterStatus = "finished";
            return this;
        }

        Builder event(String event) {
            this.event = event;
            return this;
        }

        Message build() {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.MESSAGE).setTimestamp(new Date());
            String messageId = UUID.randomUUID().toString();
            bundle.setId(messageId);
            Organization receiver = org("Greve Kommune", "953741000016009");
            Organization sender = org("Hjerteafdelingen på Herlev og Gentofte hospital", "265161000016000");
            Patient patient = new Patient();
            patient.setId(UUID.randomUUID().toString());
            patient.addIdentifier(new Identifier().setSystem("urn:oid:1.2.208.176.1.2").setValue(cpr));
            patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Testesen"));
            if (deceased) {
                patient.setDeceased(new BooleanType(true));
            }
            Encounter encounter = new Encounter();
            encounter.setId(UUID.randomUUID().toString());
            encounter.setStatus(Encounter.EncounterStatus.fromCode(encounterStatus));
            encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", encounterClass, null));
            encounter.setSubject(ref(patient));
            encounter.addEpisodeOfCare().setIdentifier(new Identifier()
                    .setSystem("https://sor2.sum.dsdn.dk/#id=265161000016000").setValue(episode));
            encounter.setPeriod(new Period().setStart(date(start)).setEnd(date(end)));
            if (leaveStart != null || leaveEnd != null) {
                encounter.addExtension("http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalnotifiation-leave-period-extension",
                        new Period().setStart(date(leaveStart)).setEnd(date(leaveEnd)));
            }
            encounter.setServiceProvider(ref(sender));
            MessageHeader header = new MessageHeader();
            String headerId = UUID.randomUUID().toString();
            header.setId(headerId);
            header.setEvent(new Coding("http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes", event, null));
            header.addDestination().setEndpoint("https://sor2.sum.dsdn.dk/#id=953741000016009").setReceiver(ref(receiver))
                    .addExtension("http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension",
                            new Coding("http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse", "primary", null));
            header.setSender(ref(sender));
            header.getSource().setEndpoint("https://sor2.sum.dsdn.dk/#id=265161000016000");
            header.addFocus(ref(encounter));
            Provenance provenance = new Provenance();
            provenance.setId(UUID.randomUUID().toString());
            provenance.addTarget(ref(header));
            provenance.setOccurred(new DateTimeType(new Date()));
            provenance.setRecorded(new Date());
            provenance.setActivity(new CodeableConcept(new Coding(
                    "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes", activity, null)));
            provenance.addAgent().setWho(ref(sender));
            if (refersTo != null) {
                provenance.addEntity().setRole(activity.startsWith("cancel") ? Provenance.ProvenanceEntityRole.REMOVAL
                        : Provenance.ProvenanceEntityRole.REVISION).setWhat(new Reference(BASE + "MessageHeader/" + refersTo));
            }
            for (Resource r : new Resource[]{header, patient, encounter, receiver, sender, provenance}) {
                bundle.addEntry().setFullUrl(BASE + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r);
            }
            return new Message(messageId, headerId, FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
        }
    }

    static Builder message(String cpr, String episode) {
        return new Builder(cpr, episode);
    }

    private static Organization org(String name, String sor) {
        Organization o = new Organization().setName(name);
        o.setId(UUID.randomUUID().toString());
        o.addIdentifier().setSystem("urn:oid:1.2.208.176.1.1").setValue(sor);
        return o;
    }

    private static Reference ref(Resource r) {
        return new Reference(BASE + r.fhirType() + "/" + r.getIdElement().getIdPart());
    }

    private static Date date(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant());
    }
}

package dk.omsorg.hospital.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import dk.omsorg.hospital.HospitalActivity;
import dk.omsorg.hospital.HospitalNotification;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a MedCom HospitalNotification message bundle (http://medcomfhir.dk/ig/hospitalnotification) with HAPI and
 * checks what the profiles require of it before anything is stored: a message bundle with an id, a MessageHeader
 * with event hospital-notification-message and a focus Encounter (MedComHospitalNotificationMessageHeader), exactly
 * one Patient with a CPR identifier (invariants medcom-hospitalNotification-2 and -4), the Encounter's
 * episodeOfCare identifier and period.start (MedComHospitalNotificationEncounter: episodeOfCare 1.., period.start
 * 1..), and the Provenance of this message with an activity of the HospitalNotification value set (invariant -3).
 */
@Component
public class NotificationReader {

    static final String EVENT_SYSTEM = "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes";
    static final String EVENT = "hospital-notification-message";
    static final String CPR_SYSTEM = "urn:oid:1.2.208.176.1.2";
    static final String LEAVE_EXTENSION =
            "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalnotifiation-leave-period-extension";

    private final FhirContext fhir;

    NotificationReader(FhirContext fhir) {
        this.fhir = fhir;
    }

    /** A message that cannot be used as it stands; {@code text} is Danish, for the acknowledgement and for staff. */
    public static final class UnusableMessage extends RuntimeException {
        private final String text;

        UnusableMessage(String text) {
            super(text);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Bundle parse(String body) {
        IBaseResource resource;
        try {
            resource = fhir.newJsonParser().parseResource(body);
        } catch (DataFormatException | ClassCastException e) {
            throw new UnusableMessage("Beskeden kan ikke læses som en FHIR-besked i JSON.");
        }
        if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.MESSAGE) {
            throw new UnusableMessage("Beskeden er ikke en FHIR-meddelelse (Bundle af typen message).");
        }
        return bundle;
    }

    public HospitalNotification read(Bundle bundle) {
        String messageId = bundle.getIdElement().getIdPart();
        require(messageId != null && !messageId.isBlank(), "Beskeden mangler sit id (Bundle.id).");
        MessageHeader header = first(bundle, MessageHeader.class)
                .orElseThrow(() -> new UnusableMessage("Beskeden mangler sit brevhoved (MessageHeader)."));
        Coding event = header.getEventCoding();
        require(EVENT_SYSTEM.equals(event.getSystem()) && EVENT.equals(event.getCode()),
                "Beskeden er ikke en sygehusadvis (MessageHeader.eventCoding skal være hospital-notification-message).");
        String headerId = header.getIdElement().getIdPart();
        require(headerId != null, "Brevhovedet mangler sit id (MessageHeader.id).");
        List<Patient> patients = all(bundle, Patient.class);
        require(patients.size() == 1, "Beskeden skal indeholde præcis én patient.");
        Patient patient = patients.get(0);
        String cpr = patient.getIdentifier().stream().filter(i -> CPR_SYSTEM.equals(i.getSystem())).map(Identifier::getValue)
                .findFirst().orElse(null);
        require(cpr != null && cpr.matches("[0-9]{10}"), "Patienten mangler et gyldigt cpr-nummer (identifier med system "
                + CPR_SYSTEM + ").");
        Encounter encounter = resolve(bundle, header.getFocusFirstRep(), Encounter.class)
                .orElseThrow(() -> new UnusableMessage("Brevhovedets focus skal pege på forløbet (Encounter) i beskeden."));
        String episodeId = encounter.getEpisodeOfCare().stream().map(r -> r.getIdentifier().getValue())
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        require(episodeId != null, "Forløbet mangler sit id (Encounter.episodeOfCare.identifier).");
        Period period = encounter.getPeriod();
        require(period.getStart() != null, "Forløbet mangler sit starttidspunkt (Encounter.period.start).");
        Provenance provenance = all(bundle, Provenance.class).stream()
                .filter(p -> p.getTarget().stream().anyMatch(t -> headerId.equals(idPart(t))))
                .findFirst()
                .orElseThrow(() -> new UnusableMessage("Beskeden mangler sin Provenance med aktiviteten for denne besked."));
        Coding activityCoding = provenance.getActivity().getCoding().stream()
                .filter(c -> HospitalActivity.SYSTEM.equals(c.getSystem())).findFirst()
                .orElseThrow(() -> new UnusableMessage("Provenance mangler en aktivitet fra MedComs kodesystem for aktiviteter."));
        HospitalActivity activity = HospitalActivity.ofCode(activityCoding.getCode())
                .orElseThrow(() -> new UnusableMessage("Ukendt aktivitet i sygehusadvisen: " + activityCoding.getCode() + "."));
        String refersTo = provenance.getEntity().stream().map(e -> idPart(e.getWhat())).filter(v -> v != null).findFirst()
                .orElse(null);
        require(activity.variant() == HospitalActivity.Variant.NEW || refersTo != null,
                "En rettelse eller annullering skal henvise til den besked, den gælder (Provenance.entity.what).");
        Period leave = encounter.getExtension().stream().filter(e -> LEAVE_EXTENSION.equals(e.getUrl()))
                .map(Extension::getValue).filter(Period.class::isInstance).map(Period.class::cast).findFirst().orElse(null);
        require(activity.event() != HospitalActivity.Event.START_LEAVE || activity.variant() == HospitalActivity.Variant.CANCEL
                        || (leave != null && leave.getStart() != null),
                "En orlov skal have sit starttidspunkt (udvidelsen leavePeriod).");
        require(activity.event() != HospitalActivity.Event.END_LEAVE || activity.variant() == HospitalActivity.Variant.CANCEL
                        || (leave != null && leave.getEnd() != null),
                "Slut på orlov skal have orlovens sluttidspunkt (udvidelsen leavePeriod).");
        require(activity.event() != HospitalActivity.Event.DISCHARGE || activity.variant() == HospitalActivity.Variant.CANCEL
                        || period.getEnd() != null,
                "En udskrivning skal have forløbets sluttidspunkt (Encounter.period.end).");
        Organization sender = resolve(bundle, header.getSender(), Organization.class).orElse(null);
        String senderSor = sender == null ? null : sender.getIdentifier().stream()
                .filter(i -> i.getValue() != null).map(Identifier::getValue).findFirst().orElse(null);
        return new HospitalNotification(messageId, headerId, refersTo, activity, cpr, episodeId, instant(period.getStart()),
                instant(period.getEnd()), leave == null ? null : instant(leave.getStart()),
                leave == null ? null : instant(leave.getEnd()),
                patient.hasDeceased() && (!patient.hasDeceasedBooleanType() || patient.getDeceasedBooleanType().booleanValue()),
                sender == null ? null : sender.getName(), senderSor);
    }

    private static void require(boolean ok, String text) {
        if (!ok) {
            throw new UnusableMessage(text);
        }
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static <T extends Resource> Optional<T> first(Bundle bundle, Class<T> type) {
        return all(bundle, type).stream().findFirst();
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** The bundled resource a reference names, by its id part (references are fullUrls or Type/id in the bundle). */
    private static <T extends Resource> Optional<T> resolve(Bundle bundle, Reference reference, Class<T> type) {
        String id = idPart(reference);
        return id == null ? Optional.empty()
                : all(bundle, type).stream().filter(r -> id.equals(r.getIdElement().getIdPart())).findFirst();
    }

    static String idPart(Reference reference) {
        if (reference == null || reference.getReference() == null) {
            return null;
        }
        String ref = reference.getReference();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}

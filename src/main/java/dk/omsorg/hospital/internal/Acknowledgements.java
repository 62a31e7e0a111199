package dk.omsorg.hospital.internal;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/**
 * MedCom Acknowledgement messages (http://medcomfhir.dk/ig/acknowledgement): a message bundle whose MessageHeader has
 * event acknowledgement-message and a response naming the received MessageHeader with code ok or fatal-error
 * (MedComAcknowledgementMessageHeader: response 1..), an OperationOutcome when the code is not ok (invariant
 * medcom-acknowledgement-1), and a Provenance with activity acknowledgement. Built with HAPI, never by hand.
 */
@Component
public class Acknowledgements {

    static final String BASE = "https://omsorg.example/fhir/";
    static final String SOR = "https://sor2.sum.dsdn.dk/#id=";
    static final String DESTINATION_USE =
            "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension";
    static final String USE_SYSTEM = "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse";

    private final FhirContext fhir;
    private final Clock clock;

    Acknowledgements(FhirContext fhir, Clock clock) {
        this.fhir = fhir;
        this.clock = clock;
    }

    /**
     * @param problem null for ok; else the Danish reason, carried in an OperationOutcome
     * @return the acknowledgement as FHIR JSON
     */
    public String acknowledge(String receivedHeaderId, String senderName, String senderSor, String municipalityName,
                              String problem) {
        Date now = Date.from(clock.instant());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.MESSAGE).setTimestamp(now);
        bundle.setId(UUID.randomUUID().toString());
        Organization us = new Organization().setName(municipalityName);
        us.setId(UUID.randomUUID().toString());
        Organization them = new Organization().setName(senderName == null ? "Afsender" : senderName);
        them.setId(UUID.randomUUID().toString());
        if (senderSor != null) {
            them.addIdentifier().setSystem("urn:oid:1.2.208.176.1.1").setValue(senderSor);
        }
        MessageHeader header = new MessageHeader();
        header.setId(UUID.randomUUID().toString());
        header.setEvent(new Coding(NotificationReader.EVENT_SYSTEM, "acknowledgement-message", null));
        MessageHeader.MessageDestinationComponent destination = header.addDestination()
                .setEndpoint(senderSor == null ? "urn:unknown" : SOR + senderSor)
                .setReceiver(ref(them));
        destination.addExtension(DESTINATION_USE, new Coding(USE_SYSTEM, "primary", null));
        header.setSender(ref(us));
        header.getSource().setEndpoint(BASE + "acknowledgement");
        header.getResponse().setIdentifier(receivedHeaderId)
                .setCode(problem == null ? MessageHeader.ResponseType.OK : MessageHeader.ResponseType.FATALERROR);
        bundle.addEntry().setFullUrl(url(header)).setResource(header);
        if (problem != null) {
            OperationOutcome outcome = OperationOutcomes.error(problem);
            outcome.setId(UUID.randomUUID().toString());
            header.getResponse().setDetails(ref(outcome));
            bundle.addEntry().setFullUrl(url(outcome)).setResource(outcome);
        }
        Provenance provenance = new Provenance();
        provenance.setId(UUID.randomUUID().toString());
        provenance.addTarget(ref(header));
        provenance.setOccurred(new DateTimeType(now));
        provenance.setRecordedElement(new InstantType(now));
        provenance.setActivity(new CodeableConcept(new Coding(
                "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes", "acknowledgement", null)));
        provenance.addAgent().setWho(ref(us));
        provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.REVISION)
                .setWhat(new Reference("MessageHeader/" + receivedHeaderId));
        bundle.addEntry().setFullUrl(url(provenance)).setResource(provenance);
        bundle.addEntry().setFullUrl(url(us)).setResource(us);
        bundle.addEntry().setFullUrl(url(them)).setResource(them);
        return fhir.newJsonParser().encodeResourceToString(bundle);
    }

    private static Reference ref(Resource resource) {
        return new Reference(url(resource));
    }

    private static String url(Resource resource) {
        return BASE + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }
}

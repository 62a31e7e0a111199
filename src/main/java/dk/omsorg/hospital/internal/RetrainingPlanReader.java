package dk.omsorg.hospital.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import dk.omsorg.hospital.RetrainingKind;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a genoptræningsplan sent as a FHIR R4 DocumentReference with HAPI, and checks it before anything is stored.
 * MedCom has no FHIR profile of the plan yet, so the shape is ours (docs/hospital.md): status current; a
 * masterIdentifier (the plan's id: the same plan sent again is the same plan); type {@link #TYPE} in
 * {@link #TYPE_SYSTEM}; subject a reference by the CPR identifier (urn:oid:1.2.208.176.1.2); one author, the ward
 * (display, optionally its SOR identifier urn:oid:1.2.208.176.1.1); context.event the kind of training
 * ({@link RetrainingKind}); one content attachment with the plan as PDF or plain text, inline.
 */
@Component
public class RetrainingPlanReader {

    public static final String TYPE_SYSTEM = "http://omsorg.dk/fhir/CodeSystem/document-type";
    public static final String TYPE = "genoptraeningsplan";
    static final String SOR_SYSTEM = "urn:oid:1.2.208.176.1.1";
    static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "text/plain");
    /** A plan is a few pages; anything larger is not one. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final FhirContext fhir;

    RetrainingPlanReader(FhirContext fhir) {
        this.fhir = fhir;
    }

    /** A plan read and checked. */
    public record Plan(String identifier, String cpr, String ward, String wardSor, RetrainingKind kind,
                       Instant writtenAt, String title, String contentType, byte[] content) {
    }

    /** @throws NotificationReader.UnusableMessage with a Danish text when the plan cannot be used as it stands */
    public Plan read(String body) {
        IBaseResource resource;
        try {
            resource = fhir.newJsonParser().parseResource(body);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw unusable("Genoptræningsplanen kan ikke læses som FHIR JSON.");
        }
        if (!(resource instanceof DocumentReference doc)) {
            throw unusable("Genoptræningsplanen skal sendes som en DocumentReference.");
        }
        if (doc.getStatus() != Enumerations.DocumentReferenceStatus.CURRENT) {
            throw unusable("Genoptræningsplanen skal have status current.");
        }
        String identifier = doc.hasMasterIdentifier() ? doc.getMasterIdentifier().getValue() : null;
        if (identifier == null || identifier.isBlank()) {
            throw unusable("Genoptræningsplanen mangler sin identifikation (masterIdentifier).");
        }
        if (doc.getType().getCoding().stream().noneMatch(c -> TYPE_SYSTEM.equals(c.getSystem()) && TYPE.equals(c.getCode()))) {
            throw unusable("Dokumentet er ikke en genoptræningsplan (type).");
        }
        Reference subject = doc.getSubject();
        String cpr = subject.hasIdentifier() && NotificationReader.CPR_SYSTEM.equals(subject.getIdentifier().getSystem())
                ? subject.getIdentifier().getValue() : null;
        if (cpr == null || !cpr.matches("[0-9]{6}-?[0-9]{4}")) {
            throw unusable("Genoptræningsplanen mangler borgerens cpr-nummer.");
        }
        if (doc.getAuthor().size() != 1 || !doc.getAuthorFirstRep().hasDisplay()) {
            throw unusable("Genoptræningsplanen skal have én forfatter: den afdeling, der har udarbejdet den.");
        }
        Reference author = doc.getAuthorFirstRep();
        String sor = author.hasIdentifier() && SOR_SYSTEM.equals(author.getIdentifier().getSystem())
                ? author.getIdentifier().getValue() : null;
        RetrainingKind kind = doc.getContext().getEvent().stream().flatMap(e -> e.getCoding().stream())
                .filter(c -> RetrainingKind.SYSTEM.equals(c.getSystem())).map(Coding::getCode)
                .map(RetrainingKind::ofCode).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> unusable("Genoptræningsplanen mangler genoptræningens art (almen, specialiseret eller rehabilitering på specialiseret niveau)."));
        if (doc.getContent().size() != 1) {
            throw unusable("Genoptræningsplanen skal have netop ét indhold: planen som PDF eller tekst.");
        }
        Attachment attachment = doc.getContentFirstRep().getAttachment();
        if (!CONTENT_TYPES.contains(attachment.getContentType()) || !attachment.hasData()) {
            throw unusable("Planen skal være vedlagt som PDF eller tekst (contentType og data).");
        }
        byte[] content = attachment.getData();
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw unusable("Planens vedhæftede fil er tom eller for stor.");
        }
        Instant written = doc.hasDate() ? doc.getDate().toInstant() : null;
        return new Plan(identifier.strip(), cpr, author.getDisplay().strip(), sor, kind, written,
                attachment.hasTitle() ? attachment.getTitle() : null, attachment.getContentType(), content);
    }

    private static NotificationReader.UnusableMessage unusable(String text) {
        return new NotificationReader.UnusableMessage(text);
    }
}

package dk.omsorg.inquiry;

import dk.omsorg.citizen.Contact;
import dk.omsorg.citizen.ContactConsent;
import dk.omsorg.citizen.ContactRelation;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;

import java.util.Map;

/**
 * The inquiry's applicant as one of the citizen's contacts: picked (source pårørende, the name copied) or added as a
 * new contact in the inquiry's transaction, so a refused inquiry leaves no contact behind. The inquiry keeps the name
 * as it was then ({@code source_name}) beside the reference, for the record.
 */
final class ChoosingApplicant {

    /** The new contact's fields as the inquiry form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("name", "sourceName", "phone", "applicantPhone",
            "relation", "applicantRelation");

    private final Contacts contacts;

    ChoosingApplicant(Contacts contacts) {
        this.contacts = contacts;
    }

    /** The intake with the applicant's source and name, and the contact it refers to. */
    record Chosen(Inquiry.Intake intake, Long contactId) {
    }

    Chosen choose(long citizenId, Inquiry.Intake intake, Applicant applicant) {
        if (applicant == null || !applicant.any()) {
            return new Chosen(intake, null);
        }
        if (applicant.contactId() != null && applicant.addAsContact()) {
            throw new InvalidInputException("applicantContactId", "inquiry.applicant.bothChosen");
        }
        Contact contact;
        if (applicant.contactId() != null) {
            try {
                contact = contacts.current(citizenId, applicant.contactId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("applicantContactId", "inquiry.applicant.notFound");
            }
        } else {
            if (intake.sourceName() == null || intake.sourceName().isBlank()) {
                throw new InvalidInputException("sourceName", "inquiry.applicant.nameRequired");
            }
            try {
                contact = contacts.add(citizenId, new Contacts.ContactInput(intake.sourceName(),
                        applicant.relation() == null ? ContactRelation.RELATIVE : applicant.relation(), applicant.phone(),
                        null, true, consent(intake.consent()), null));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.violations().stream().map(v -> new Violation(
                        FORM_FIELDS.getOrDefault(v.field(), v.field()), v.messageKey(), v.args())).toList());
            }
        }
        // a contact applies on the citizen's behalf: a relative, unless another third party was chosen
        InquirySource source = intake.source() == null || intake.source() == InquirySource.CITIZEN
                ? InquirySource.RELATIVE : intake.source();
        return new Chosen(new Inquiry.Intake(source, contact.name(), intake.receivedAt(), intake.request(),
                intake.legalBasis(), intake.consent(), intake.priority()), contact.id());
    }

    /** The consent the inquiry records is the one the new contact rests on. */
    private static ContactConsent consent(Consent consent) {
        if (consent == null) {
            return ContactConsent.NONE;
        }
        return switch (consent) {
            case GIVEN_ORALLY -> ContactConsent.ORAL;
            case GIVEN_IN_WRITING -> ContactConsent.WRITTEN;
            case NOT_RECORDED, NOT_NEEDED -> ContactConsent.NONE;
        };
    }
}

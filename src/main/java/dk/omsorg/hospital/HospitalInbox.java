package dk.omsorg.hospital;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.hospital.internal.Acknowledgements;
import dk.omsorg.hospital.internal.HospitalMessageStore;
import dk.omsorg.hospital.internal.HospitalMessageStore.Stored;
import dk.omsorg.hospital.internal.NotificationReader;
import dk.omsorg.hospital.internal.NotificationReader.UnusableMessage;
import dk.omsorg.municipality.Municipalities;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Receives a hospital's HospitalNotification message: reads and checks it (nothing is stored for a message that
 * cannot be read), finds the citizen by CPR number in the hospital client's municipality, processes each message id
 * once (a resent message gets the first answer again and changes nothing), applies it to the stay and the absences,
 * asks for the caseworker's work, and answers with a MedCom Acknowledgement.
 */
@Service
public class HospitalInbox {

    private final NotificationReader reader;
    private final HospitalMessageStore store;
    private final Acknowledgements acknowledgements;
    private final Citizens citizens;
    private final Municipalities municipalities;
    private final CurrentUsers users;

    HospitalInbox(NotificationReader reader, HospitalMessageStore store, Acknowledgements acknowledgements,
                  Citizens citizens, Municipalities municipalities, CurrentUsers users) {
        this.reader = reader;
        this.store = store;
        this.acknowledgements = acknowledgements;
        this.citizens = citizens;
        this.municipalities = municipalities;
        this.users = users;
    }

    /** The answer: an acknowledgement (ok or fatal error), or a bare OperationOutcome for a message not readable. */
    public record Answer(Outcome outcome, String body) {
    }

    public enum Outcome {
        /** Processed now, or before (a resend). */
        ACCEPTED,
        /** Not readable as a HospitalNotification: nothing stored; body is an OperationOutcome. */
        UNREADABLE,
        /** Readable, but for no citizen of the municipality: kept as rejected without its content; body is an acknowledgement with the error. */
        REJECTED
    }

    @PreAuthorize("hasRole('HOSPITAL')")
    @Transactional
    public Answer receive(String body) {
        CurrentUser user = users.current();
        HospitalNotification n;
        try {
            Bundle bundle = reader.parse(body);
            n = reader.read(bundle);
        } catch (UnusableMessage e) {
            return new Answer(Outcome.UNREADABLE, store.outcome(e.text()));
        }
        String municipality = municipalities.byCode(user.municipalityId()).name();
        var earlier = store.find(user.municipalityId(), n.messageId());
        if (earlier.isPresent()) {
            return answer(earlier.get(), n, municipality);
        }
        List<Citizen> found = citizens.search(n.cpr());
        if (found.size() != 1) {
            Stored rejected = store.reject(user.municipalityId(), n, "Kommunen har ingen borger med patientens cpr-nummer.",
                    user.username());
            return answer(rejected, n, municipality);
        }
        Stored stored = store.process(found.get(0), n, body, user.username());
        return answer(stored, n, municipality);
    }

    private Answer answer(Stored stored, HospitalNotification n, String municipality) {
        boolean rejected = stored.status() == MessageStatus.REJECTED;
        String ack = acknowledgements.acknowledge(n.headerId(), n.sender(), n.senderSor(), municipality,
                rejected ? stored.problem() : null);
        return new Answer(rejected ? Outcome.REJECTED : Outcome.ACCEPTED, ack);
    }
}

package dk.omsorg.hospital.api;

import dk.omsorg.hospital.HospitalInbox;
import dk.omsorg.hospital.HospitalInbox.Answer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR inbox for MedCom HospitalNotification messages (docs/hospital.md): a hospital's system client posts a
 * message bundle and gets a MedCom Acknowledgement back — 200 when processed (now or before), 422 with a fatal-error
 * acknowledgement when the citizen is not the municipality's, 400 with an OperationOutcome when the message cannot
 * be read (nothing stored).
 */
@RestController
@Tag(name = "Sygehusadviser")
class HospitalNotificationApi {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final HospitalInbox inbox;

    HospitalNotificationApi(HospitalInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "Modtag en sygehusadvis (MedCom HospitalNotification) og svar med en kvittering")
    @PostMapping(path = "/api/v1/fhir/hospital-notifications",
            consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE}, produces = "application/fhir+json")
    ResponseEntity<String> receive(@RequestBody String body) {
        Answer answer = inbox.receive(body);
        HttpStatus status = switch (answer.outcome()) {
            case ACCEPTED -> HttpStatus.OK;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(answer.body());
    }
}

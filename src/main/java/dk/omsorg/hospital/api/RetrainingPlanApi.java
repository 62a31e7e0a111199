package dk.omsorg.hospital.api;

import dk.omsorg.hospital.RetrainingPlanInbox;
import dk.omsorg.hospital.RetrainingPlanInbox.Answer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR inbox for genoptræningsplaner (docs/hospital.md): a hospital's system client posts the plan as a
 * DocumentReference and gets an OperationOutcome back — 201 when archived now, 200 when archived before (the same
 * identifier), 422 when the citizen is not the municipality's, 400 when it cannot be read; nothing stored on an error.
 */
@RestController
@Tag(name = "Sygehusadviser")
class RetrainingPlanApi {

    private final RetrainingPlanInbox inbox;

    RetrainingPlanApi(RetrainingPlanInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "Modtag en genoptræningsplan fra sygehuset (FHIR DocumentReference)")
    @PostMapping(path = "/api/v1/fhir/retraining-plans",
            consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE}, produces = "application/fhir+json")
    ResponseEntity<String> receive(@RequestBody String body) {
        Answer answer = inbox.receive(body);
        HttpStatus status = switch (answer.outcome()) {
            case RECEIVED -> HttpStatus.CREATED;
            case ALREADY_RECEIVED -> HttpStatus.OK;
            case UNKNOWN_CITIZEN -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).contentType(HospitalNotificationApi.FHIR_JSON).body(answer.body());
    }
}

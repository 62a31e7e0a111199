package dk.omsorg.places.api;

import dk.omsorg.places.Stay;
import dk.omsorg.places.Stays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Stays in places over REST: move in, move out, change the planned move-out, cancel. Municipal staff only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pladser")
class StayApi {

    private final Stays stays;

    StayApi(Stays stays) {
        this.stays = stays;
    }

    record DayBody(Integer version, LocalDate on) {
    }

    record MoveOutPlanBody(Integer version, LocalDate to) {
    }

    record CancelBody(Integer version, String reason) {
    }

    @GetMapping("/citizens/{citizenId}/stays")
    @Operation(summary = "The citizen's stays in places, latest first (days [from, to): to is the move-out day)")
    List<Stay> forCitizen(@PathVariable long citizenId) {
        return stays.forCitizen(citizenId);
    }

    @GetMapping("/stays/{id}")
    Stay read(@PathVariable long id) {
        return stays.read(id);
    }

    @PostMapping("/stays/{id}/move-in")
    @Operation(summary = "Move in {version, on}: a planned stay becomes STAYING from on; home care pauses in a temporary "
            + "or interval place; a nursing home asks for the decision on help")
    Stay moveIn(@PathVariable long id, @RequestBody DayBody body) {
        return stays.moveIn(id, body.version(), body.on());
    }

    @PostMapping("/stays/{id}/move-out")
    @Operation(summary = "Move out {version, on}: the stay ENDS, on is the first free day; home care resumes on it")
    Stay moveOut(@PathVariable long id, @RequestBody DayBody body) {
        return stays.moveOut(id, body.version(), body.on());
    }

    @PostMapping("/stays/{id}/planned-move-out")
    @Operation(summary = "Change the planned move-out {version, to} of a planned or current stay; to null = open")
    Stay plannedMoveOut(@PathVariable long id, @RequestBody MoveOutPlanBody body) {
        return stays.changePlannedMoveOut(id, body.version(), body.to());
    }

    @PostMapping("/stays/{id}/cancel")
    @Operation(summary = "Cancel a planned stay {version, reason}")
    Stay cancel(@PathVariable long id, @RequestBody CancelBody body) {
        return stays.cancel(id, body.version(), body.reason());
    }
}

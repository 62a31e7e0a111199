package dk.omsorg.places.api;

import dk.omsorg.places.PlaceListEntry;
import dk.omsorg.places.PlaceListUpkeep;
import dk.omsorg.places.PlaceLists;
import dk.omsorg.places.PlaceOffer;
import dk.omsorg.places.PlaceOfferings;
import dk.omsorg.places.WaitingList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Waiting lists over REST: putting a citizen on a list under a current grant (caseworker, leader), keeping the entry
 * current, and the ranked candidates of a list. Bad input: 400 in Danish by field, nothing changed; stale version: 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ventelister", description = "Waiting lists for temporary stays, interval stays, nursing homes and ældreboliger")
class PlaceListApi {

    private final PlaceLists lists;
    private final PlaceListUpkeep upkeep;
    private final PlaceOfferings offerings;

    PlaceListApi(PlaceLists lists, PlaceListUpkeep upkeep, PlaceOfferings offerings) {
        this.lists = lists;
        this.upkeep = upkeep;
        this.offerings = offerings;
    }

    record EntryWithHistory(PlaceListEntry entry, List<PlaceListEntry.PriorityChange> priorityChanges, List<PlaceOffer> offers) {
    }

    record VersionBody(Integer version) {
    }

    @PostMapping("/citizens/{citizenId}/place-list-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put the citizen on a waiting list {list, grantKey (a current grant whose intervention the list's "
            + "rule names), purpose, priorityClass (temporary stays), wishedUnit (specific nursing-home list), "
            + "preferredUnits/refusedUnits (interval stays), listedOn (default today), inHospitalSince}")
    PlaceListEntry putOnList(@PathVariable long citizenId, @RequestBody PlaceLists.NewEntry body) {
        return lists.putOnList(citizenId, body);
    }

    @GetMapping("/citizens/{citizenId}/place-list-entries")
    @Operation(summary = "The citizen's waiting-list entries, every status, newest list date first")
    List<PlaceListEntry> forCitizen(@PathVariable long citizenId) {
        return lists.forCitizen(citizenId);
    }

    @GetMapping("/place-list-entries/{id}")
    @Operation(summary = "An entry with its priority changes and offers")
    EntryWithHistory read(@PathVariable long id) {
        return new EntryWithHistory(lists.read(id), lists.priorityChanges(id), offerings.forEntry(id));
    }

    @PostMapping("/place-list-entries/{id}/priority")
    @Operation(summary = "Change the priority class of a temporary-stay entry {version, toClass, changedOn (default today), "
            + "reason, inHospitalSince}")
    PlaceListEntry priority(@PathVariable long id, @RequestBody PlaceListUpkeep.PriorityChange body) {
        return upkeep.changePriority(id, body);
    }

    @PostMapping("/place-list-entries/{id}/review")
    @Operation(summary = "The entry is current: reviewed today; its review task closes")
    PlaceListEntry review(@PathVariable long id, @RequestBody VersionBody body) {
        return upkeep.review(id, body.version());
    }

    @PostMapping("/place-list-entries/{id}/removal")
    @Operation(summary = "Take the citizen off the list {version, reason: DEATH|HOSPITAL_ADMISSION|NO_LONGER_NEEDED|OTHER, "
            + "removedOn (default today), note (required for OTHER)}")
    PlaceListEntry remove(@PathVariable long id, @RequestBody PlaceListUpkeep.Removal body) {
        return upkeep.remove(id, body);
    }

    @GetMapping("/place-lists/{list}/candidates")
    @Operation(summary = "The live entries of a list in offer order: priority class (temporary stays), then the oldest "
            + "list date; wishedUnit narrows the specific nursing-home list")
    List<PlaceLists.Candidate> candidates(@PathVariable WaitingList list, @RequestParam(required = false) String wishedUnit) {
        return lists.candidates(list, wishedUnit);
    }
}

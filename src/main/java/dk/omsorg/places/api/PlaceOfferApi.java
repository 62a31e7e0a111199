package dk.omsorg.places.api;

import dk.omsorg.places.PlaceOffer;
import dk.omsorg.places.PlaceOfferings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers of places over REST (the team leader and the coordinator): offer a free place to an entry, record the
 * citizen's acceptance (the stay is planned), refusal or withdraw the offer. Answering twice: 409, nothing changed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ventelister", description = "Waiting lists for temporary stays, interval stays, nursing homes and ældreboliger")
class PlaceOfferApi {

    private final PlaceOfferings offerings;

    PlaceOfferApi(PlaceOfferings offerings) {
        this.offerings = offerings;
    }

    record VersionBody(Integer version) {
    }

    @PostMapping("/place-offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer a place {entryId, version (the entry's), unitCode, placeNo, fromOn, toOn (temporary and "
            + "interval stays; exclusive; optional)}; the place must be free on those days")
    PlaceOffer offer(@RequestBody PlaceOfferings.NewOffer body) {
        return offerings.offer(body);
    }

    @GetMapping("/place-offers/{id}")
    PlaceOffer read(@PathVariable long id) {
        return offerings.read(id);
    }

    @PostMapping("/place-offers/{id}/accept")
    @Operation(summary = "The citizen accepts: the stay is planned and the entry placed")
    PlaceOffer accept(@PathVariable long id, @RequestBody VersionBody body) {
        return offerings.accept(id, body.version());
    }

    @PostMapping("/place-offers/{id}/decline")
    @Operation(summary = "The citizen declines {version, reason, refusalReceivedOn}; on the general nursing-home list the "
            + "guarantee restarts from refusalReceivedOn")
    PlaceOffer decline(@PathVariable long id, @RequestBody PlaceOfferings.Answer body) {
        return offerings.decline(id, body);
    }

    @PostMapping("/place-offers/{id}/withdraw")
    PlaceOffer withdraw(@PathVariable long id, @RequestBody VersionBody body) {
        return offerings.withdraw(id, body.version());
    }
}

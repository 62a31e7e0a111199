package dk.omsorg.places.web;

import dk.omsorg.places.PlaceOffer;
import dk.omsorg.places.PlaceOfferings;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The offer forms of the entry page (team leader, coordinator): offer a place, record the citizen's answer, withdraw.
 * Success and refusal both return to the entry page; a refusal shows its Danish message there.
 */
@Controller
class PlaceOffersController {

    private final PlaceOfferings offerings;
    private final Messages messages;

    PlaceOffersController(PlaceOfferings offerings, Messages messages) {
        this.offerings = offerings;
        this.messages = messages;
    }

    @PostMapping("/places/entries/{entryId}/offers")
    @RequireQueueManagement
    String offer(@PathVariable long entryId, @RequestParam Integer version, @RequestParam(required = false) String unitCode,
                 @RequestParam(required = false) Integer placeNo,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromOn,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toOn,
                 RedirectAttributes redirect) {
        return act(entryId, redirect, "place.page.offered",
                () -> offerings.offer(new PlaceOfferings.NewOffer(entryId, version, unitCode, placeNo, fromOn, toOn)));
    }

    @PostMapping("/places/entries/{entryId}/offers/{id}/accept")
    @RequireQueueManagement
    String accept(@PathVariable long entryId, @PathVariable long id, @RequestParam Integer version, RedirectAttributes redirect) {
        return act(entryId, redirect, "place.page.accepted", () -> offerings.accept(ofEntry(entryId, id), version));
    }

    @PostMapping("/places/entries/{entryId}/offers/{id}/decline")
    @RequireQueueManagement
    String decline(@PathVariable long entryId, @PathVariable long id, @RequestParam Integer version,
                   @RequestParam(required = false) String reason,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate refusalReceivedOn,
                   RedirectAttributes redirect) {
        return act(entryId, redirect, "place.page.declined",
                () -> offerings.decline(ofEntry(entryId, id), new PlaceOfferings.Answer(version, reason, refusalReceivedOn)));
    }

    @PostMapping("/places/entries/{entryId}/offers/{id}/withdraw")
    @RequireQueueManagement
    String withdraw(@PathVariable long entryId, @PathVariable long id, @RequestParam Integer version,
                    RedirectAttributes redirect) {
        return act(entryId, redirect, "place.page.withdrawn", () -> offerings.withdraw(ofEntry(entryId, id), version));
    }

    /** The offer of the page's entry; another entry's offer is not found (the page address is wrong). */
    private long ofEntry(long entryId, long offerId) {
        if (offerings.read(offerId).entryId() != entryId) {
            throw new NotFoundException("place.offer.notFound");
        }
        return offerId;
    }

    private String act(long entryId, RedirectAttributes redirect, String success, Supplier<PlaceOffer> action) {
        try {
            action.get();
            redirect.addFlashAttribute("success", messages.text(success));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", java.util.List.of(messages.text("error.stale")));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return "redirect:/places/entries/" + entryId;
    }
}

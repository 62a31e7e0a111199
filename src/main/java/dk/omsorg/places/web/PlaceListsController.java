package dk.omsorg.places.web;

import dk.omsorg.decision.RequireDeciding;
import dk.omsorg.places.PlaceListEntry;
import dk.omsorg.places.PlaceListUpkeep;
import dk.omsorg.places.PlaceLists;
import dk.omsorg.places.PlaceOfferings;
import dk.omsorg.places.PlacePolicies;
import dk.omsorg.places.PlacePolicy;
import dk.omsorg.places.PlaceUnit;
import dk.omsorg.places.WaitingList;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The waiting-list pages: a list with its ranked candidates, an entry with its history and the caseworker's forms
 * (priority change, review, removal), and the form that puts a citizen on a list under a current grant.
 */
@Controller
class PlaceListsController {

    private final PlaceLists lists;
    private final PlaceListUpkeep upkeep;
    private final PlaceOfferings offerings;
    private final PlacePolicies policies;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    PlaceListsController(PlaceLists lists, PlaceListUpkeep upkeep, PlaceOfferings offerings, PlacePolicies policies,
                         CurrentUsers users, Messages messages, Clock clock) {
        this.lists = lists;
        this.upkeep = upkeep;
        this.offerings = offerings;
        this.policies = policies;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/places/lists/{list}")
    @RequireCitizenAccess
    String list(@PathVariable("list") String slug, Model model) {
        WaitingList list = java.util.Arrays.stream(WaitingList.values()).filter(l -> slug(l).equals(slug)).findFirst()
                .orElseThrow(() -> new dk.omsorg.shared.NotFoundException("place.list.notFound"));
        model.addAttribute("list", list);
        model.addAttribute("candidates", lists.candidates(list, null));
        model.addAttribute("unitNames", unitNames());
        return "places/waiting-list";
    }

    @GetMapping("/places/entries/{id}")
    @RequireCitizenAccess
    String entry(@PathVariable long id, Model model) {
        PlaceListEntry entry = lists.read(id);
        int municipality = users.current().municipalityId();
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        List<PlacePolicy.PriorityClass> classes = policies.forMunicipality(municipality).flatMap(p -> p.prioritiesOn(today))
                .map(PlacePolicy.Priorities::classes).orElse(List.of());
        Map<String, String> classNames = new TreeMap<>();
        classes.forEach(c -> classNames.put(c.code(), c.name()));
        model.addAttribute("entry", entry);
        model.addAttribute("classes", classes);
        model.addAttribute("classNames", classNames);
        model.addAttribute("changes", lists.priorityChanges(id));
        model.addAttribute("offers", offerings.forEntry(id));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("offerUnits", policies.units(municipality).stream()
                .filter(u -> u.waitingLists().contains(entry.list()))
                .filter(u -> entry.wishedUnit() == null || entry.wishedUnit().equals(u.code())).toList());
        model.addAttribute("reasons", PlaceListEntry.RemovalReason.values());
        model.addAttribute("guarantee", policies.forMunicipality(municipality).flatMap(p -> p.list(entry.list()))
                .map(r -> r.guarantee()).filter(g -> entry.guaranteeFrom() != null)
                .map(g -> g.offerBy(entry.guaranteeFrom())).orElse(null));
        model.addAttribute("today", today);
        return "places/entry";
    }

    @PostMapping("/places/entries/{id}/priority")
    @RequireDeciding
    String priority(@PathVariable long id, @RequestParam Integer version, @RequestParam(required = false) String toClass,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
                    @RequestParam(required = false) String reason,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inHospitalSince,
                    Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "place.page.priorityChanged", () -> upkeep.changePriority(id,
                new PlaceListUpkeep.PriorityChange(version, toClass, changedOn, reason, inHospitalSince)));
    }

    @PostMapping("/places/entries/{id}/review")
    @RequireDeciding
    String review(@PathVariable long id, @RequestParam Integer version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "place.page.reviewed", () -> upkeep.review(id, version));
    }

    @PostMapping("/places/entries/{id}/removal")
    @RequireDeciding
    String remove(@PathVariable long id, @RequestParam Integer version,
                  @RequestParam(required = false) PlaceListEntry.RemovalReason reason,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate removedOn,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "place.page.removed.done",
                () -> upkeep.remove(id, new PlaceListUpkeep.Removal(version, reason, removedOn, note)));
    }

    @GetMapping("/citizens/{citizenId}/place-list-entries/new")
    @RequireDeciding
    String newEntry(@PathVariable long citizenId, Model model) {
        int municipality = users.current().municipalityId();
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("entries", lists.forCitizen(citizenId));
        model.addAttribute("grants", lists.placeGrants(citizenId));
        model.addAttribute("classes", policies.forMunicipality(municipality).flatMap(p -> p.prioritiesOn(today))
                .map(PlacePolicy.Priorities::classes).orElse(List.of()));
        model.addAttribute("units", policies.units(municipality));
        model.addAttribute("unitNames", unitNames());
        return "places/new-entry";
    }

    @PostMapping("/citizens/{citizenId}/place-list-entries")
    @RequireDeciding
    String putOnList(@PathVariable long citizenId, @RequestParam(required = false) String grantAndList,
                     @RequestParam(required = false) String purpose, @RequestParam(required = false) String priorityClass,
                     @RequestParam(required = false) String wishedUnit,
                     @RequestParam(required = false) List<String> preferredUnits,
                     @RequestParam(required = false) List<String> refusedUnits,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate listedOn,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inHospitalSince,
                     Model model, RedirectAttributes redirect) {
        // the form's choice is "<list>:<grant key>": one grant can put the citizen on more than one list
        String[] choice = grantAndList == null ? new String[0] : grantAndList.split(":", 2);
        WaitingList list = choice.length == 2 ? parse(choice[0]) : null;
        String grantKey = choice.length == 2 ? choice[1] : null;
        try {
            PlaceListEntry entry = lists.putOnList(citizenId, new PlaceLists.NewEntry(list, grantKey, purpose, priorityClass,
                    wishedUnit, preferredUnits, refusedUnits, listedOn, inHospitalSince));
            redirect.addFlashAttribute("success", messages.text("place.page.listed"));
            return "redirect:/places/entries/" + entry.id();
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return newEntry(citizenId, model);
    }

    /** The list in a page address: "nursing-home-general". */
    static String slug(WaitingList list) {
        return list.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static WaitingList parse(String text) {
        try {
            return WaitingList.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String act(long id, Model model, RedirectAttributes redirect, String success, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("success", messages.text(success));
            return "redirect:/places/entries/" + id;
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", List.of(messages.text("error.stale")));
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return entry(id, model);
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new TreeMap<>();
        for (PlaceUnit u : policies.units(users.current().municipalityId())) {
            names.put(u.code(), u.name());
        }
        return names;
    }
}

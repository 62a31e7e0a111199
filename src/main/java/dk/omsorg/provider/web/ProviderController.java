package dk.omsorg.provider.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.provider.CitizenProviders;
import dk.omsorg.provider.ProviderSwitch;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.SwitchingProvider;
import dk.omsorg.provider.TransferringDistrict;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The citizen page's "Leverandører" section (who delivers what, who coordinates, switching provider) and the
 * transfer to another district.
 */
@Controller
class ProviderController {

    private final CitizenProviders citizenProviders;
    private final SwitchingProvider switching;
    private final TransferringDistrict transferring;
    private final Providers providers;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final Messages messages;

    ProviderController(CitizenProviders citizenProviders, SwitchingProvider switching, TransferringDistrict transferring,
                       Providers providers, Citizens citizens, CurrentUsers users, Messages messages) {
        this.citizenProviders = citizenProviders;
        this.switching = switching;
        this.transferring = transferring;
        this.providers = providers;
        this.citizens = citizens;
        this.users = users;
        this.messages = messages;
    }

    /** The section the citizen page swaps in with htmx; a plain request gets it as a page of its own. */
    @GetMapping("/citizens/{citizenId}/providers")
    @RequireCitizenAccess
    String forCitizen(@PathVariable long citizenId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        section(citizenId, model);
        if ("true".equals(htmx)) {
            return "provider/citizen :: providers";
        }
        model.addAttribute("citizen", citizens.read(citizenId));
        return "provider/citizen";
    }

    @PostMapping("/citizens/{citizenId}/provider-switches")
    @RequireCaseworker
    String requestSwitch(@PathVariable long citizenId, @RequestParam(required = false) List<String> grantKeys,
                         @RequestParam(required = false) String newProviderId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                         @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            List<ProviderSwitch> done = switching.request(citizenId, new SwitchingProvider.SwitchRequest(
                    uuids(grantKeys), number(newProviderId), effectiveFrom, note));
            ProviderSwitch first = done.get(0);
            redirect.addFlashAttribute("success", messages.text("provider.switch.saved", first.newProviderName(),
                    first.effectiveFrom(), done.size()));
            return "redirect:/citizens/" + citizenId;
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
            model.addAttribute("chosenGrants", grantKeys == null ? List.of() : grantKeys);
            model.addAttribute("chosenProvider", newProviderId);
            model.addAttribute("chosenDate", effectiveFrom);
            model.addAttribute("chosenNote", note);
        }
        section(citizenId, model);
        model.addAttribute("citizen", citizens.read(citizenId));
        return "provider/citizen";
    }

    @GetMapping("/citizens/{citizenId}/district")
    @RequireCaseworker
    String transferForm(@PathVariable long citizenId, @RequestParam(required = false) String district, Model model) {
        transferPage(citizenId, district, model);
        return "provider/transfer";
    }

    @PostMapping("/citizens/{citizenId}/district")
    @RequireCaseworker
    String transfer(@PathVariable long citizenId, @RequestParam(required = false) String district,
                    @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<UUID, Long> chosen = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("newProviders[") && name.endsWith("]") && value != null && !value.isBlank()) {
                UUID key = uuid(name.substring("newProviders[".length(), name.length() - 1));
                Long id = number(value);
                if (key != null && id != null) {
                    chosen.put(key, id);
                }
            }
        });
        try {
            List<ProviderSwitch> done = transferring.transfer(citizenId, district, chosen);
            redirect.addFlashAttribute("success", messages.text("provider.transfer.saved",
                    citizens.district(users.current().municipalityId(), district).map(d -> d.name()).orElse(district),
                    done.size()));
            return "redirect:/citizens/" + citizenId;
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
            model.addAttribute("chosen", chosen);
        }
        transferPage(citizenId, district, model);
        return "provider/transfer";
    }

    private void transferPage(long citizenId, String district, Model model) {
        var citizen = citizens.read(citizenId);
        model.addAttribute("citizen", citizen);
        model.addAttribute("districts", citizens.districts(citizen.municipalityId()));
        model.addAttribute("current", citizens.district(citizen.municipalityId(), citizen.district()).orElse(null));
        model.addAttribute("district", district);
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.of());
        }
        if (district != null && !district.isBlank() && citizens.district(citizen.municipalityId(), district).isPresent()) {
            model.addAttribute("consequences", transferring.consequences(citizenId, district));
        }
    }

    private void section(long citizenId, Model model) {
        CitizenProviders.Overview overview = citizenProviders.overview(citizenId);
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("overview", overview);
        model.addAttribute("providers", providers.inMunicipality(users.current().municipalityId()));
        if (!model.containsAttribute("chosenGrants")) {
            model.addAttribute("chosenGrants", List.of());
        }
    }

    private static List<UUID> uuids(List<String> texts) {
        List<UUID> keys = new ArrayList<>();
        if (texts != null) {
            texts.stream().map(ProviderController::uuid).filter(k -> k != null).forEach(keys::add);
        }
        return keys;
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

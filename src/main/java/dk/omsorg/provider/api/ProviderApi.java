package dk.omsorg.provider.api;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.ChoosingProvider;
import dk.omsorg.provider.CitizenProviders;
import dk.omsorg.provider.DeliveredGrant;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderApprovals;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.provider.ProviderOptions;
import dk.omsorg.provider.ProviderSwitch;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.SwitchingProvider;
import dk.omsorg.provider.TransferringDistrict;
import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Providers over REST, for the authority's staff (a provider's own users get 403 here). Errors are problem
 * details with a Danish {@code detail} and the fields in error; nothing is stored when a request is refused.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Leverandører", description = "Providers, their approvals, provider options for a grant, switches, districts")
class ProviderApi {

    private final Providers providers;
    private final ProviderTables tables;
    private final ChoosingProvider choosing;
    private final SwitchingProvider switching;
    private final TransferringDistrict transferring;
    private final CitizenProviders citizenProviders;
    private final Citizens citizens;
    private final CurrentUsers users;

    ProviderApi(Providers providers, ProviderTables tables, ChoosingProvider choosing, SwitchingProvider switching,
                TransferringDistrict transferring, CitizenProviders citizenProviders, Citizens citizens, CurrentUsers users) {
        this.providers = providers;
        this.tables = tables;
        this.choosing = choosing;
        this.switching = switching;
        this.transferring = transferring;
        this.citizenProviders = citizenProviders;
        this.citizens = citizens;
        this.users = users;
    }

    @GetMapping("/providers")
    @RequireCitizenAccess
    @Operation(summary = "The providers of the caller's municipality, with their approvals (areas and districts, with periods)")
    List<ProviderDto> all() {
        return providers.inMunicipality(users.current().municipalityId()).stream()
                .map(p -> ProviderDto.of(p, tables.approvals(p.id()))).toList();
    }

    @GetMapping("/providers/{providerId}")
    @RequireCitizenAccess
    @Operation(summary = "One provider of the caller's municipality; 404 for another municipality's")
    ProviderDto one(@PathVariable long providerId) {
        Provider provider = providers.get(providerId);
        if (provider.municipalityId() != users.current().municipalityId()) {
            throw new NotFoundException("provider.notFound", providerId);
        }
        return ProviderDto.of(provider, tables.approvals(providerId));
    }

    @GetMapping("/providers/options")
    @RequireCitizenAccess
    @Operation(summary = "Who may deliver an intervention to a citizen from a start day",
            description = "The providers approved for the intervention's area in the citizen's district on the start day, "
                    + "filtered by the area's deliveredBy; whether the citizen has free choice; whether a free-choice voucher "
                    + "(fritvalgsbevis) is offered (at most one approved provider) and the kinds of choice that may be recorded.")
    OptionsDto options(@RequestParam long citizenId, @RequestParam String interventionCode,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start) {
        return OptionsDto.of(choosing.options(citizenId, interventionCode, start));
    }

    @PostMapping("/citizens/{citizenId}/provider-switches")
    @RequireCaseworker
    @Operation(summary = "Switch provider for some of the citizen's grants (the citizen's request to the authority)",
            description = "Takes effect on effectiveFrom, or (when left out) the first day the municipality's rule allows "
                    + "(Greve: one month's notice to the 1st of a month; Esbjerg: one month's notice). Until then the old "
                    + "provider delivers. Refused: the same provider, a date in the past or earlier than the rule, a provider "
                    + "not approved for the area and the citizen's district on that day.")
    ResponseEntity<List<SwitchDto>> requestSwitch(@PathVariable long citizenId, @RequestBody SwitchBody body) {
        List<ProviderSwitch> done = switching.request(citizenId, new SwitchingProvider.SwitchRequest(body.grantKeys(),
                body.newProviderId(), body.effectiveFrom(), body.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(done.stream().map(SwitchDto::of).toList());
    }

    @GetMapping("/citizens/{citizenId}/providers")
    @RequireCitizenAccess
    @Operation(summary = "Who delivers what to the citizen today, scheduled switches, and the coordinating provider")
    CitizenProvidersDto forCitizen(@PathVariable long citizenId) {
        return CitizenProvidersDto.of(citizenProviders.overview(citizenId));
    }

    @GetMapping("/districts")
    @RequireCitizenAccess
    @Operation(summary = "The districts of the caller's municipality")
    List<DistrictDto> districts() {
        return citizens.districts().stream().map(d -> new DistrictDto(d.code(), d.name())).toList();
    }

    @PostMapping("/citizens/{citizenId}/district-transfers")
    @RequireCaseworker
    @Operation(summary = "Transfer the citizen to another district today (no new assessment; the grants stay)",
            description = "A grant whose provider is not approved in the new district needs a new provider in newProviders "
                    + "(grant key → provider id); that switch takes effect at once.")
    ResponseEntity<List<SwitchDto>> transfer(@PathVariable long citizenId, @RequestBody TransferBody body) {
        List<ProviderSwitch> done = transferring.transfer(citizenId, body.district(), body.newProviders());
        return ResponseEntity.status(HttpStatus.CREATED).body(done.stream().map(SwitchDto::of).toList());
    }

    record ApprovalDto(String code, LocalDate validFrom, LocalDate validTo) {
    }

    record ProviderDto(long id, int municipalityCode, String name, String cvr, String kind, String phone, String email,
                       String address, List<ApprovalDto> areas, List<ApprovalDto> districts) {
        static ProviderDto of(Provider p, ProviderApprovals a) {
            return new ProviderDto(p.id(), p.municipalityId(), p.name(), p.cvr(), p.kind().name(), p.phone(), p.email(),
                    p.address(), a.areas().stream().map(x -> new ApprovalDto(x.code(), x.validFrom(), x.validTo())).toList(),
                    a.districts().stream().map(x -> new ApprovalDto(x.code(), x.validFrom(), x.validTo())).toList());
        }
    }

    record ProviderRef(long id, String name, String kind) {
        static ProviderRef of(Provider p) {
            return p == null ? null : new ProviderRef(p.id(), p.name(), p.kind().name());
        }
    }

    record OptionsDto(String areaCode, String areaName, boolean applicable, boolean freeChoice,
                      @Schema(description = "The citizen has no district: register it first") boolean districtMissing,
                      List<ProviderRef> providers, boolean voucherOffered, List<ProviderChoiceKind> kinds) {
        static OptionsDto of(ProviderOptions o) {
            return new OptionsDto(o.areaCode(), o.areaName(), o.applicable(), o.freeChoice(), o.districtMissing(),
                    o.providers().stream().map(ProviderRef::of).toList(), o.voucherOffered(), o.kinds());
        }
    }

    @Schema(description = "A switch of provider")
    record SwitchBody(@Schema(description = "The grants to switch (decision grant keys)") List<UUID> grantKeys,
                      Long newProviderId,
                      @Schema(description = "The day the citizen wishes; left out: the first day the municipality's rule allows")
                      LocalDate effectiveFrom,
                      @Schema(description = "What the citizen said (optional)") String note) {
    }

    record TransferBody(@Schema(description = "The new district's code") String district,
                        @Schema(description = "A new provider for each grant whose provider is not approved in the new district")
                        Map<UUID, Long> newProviders) {
    }

    record SwitchDto(UUID grantKey, String interventionName, Long oldProviderId, String oldProviderName, long newProviderId,
                     String newProviderName, String cause, LocalDate requestedOn, LocalDate effectiveFrom) {
        static SwitchDto of(ProviderSwitch s) {
            return new SwitchDto(s.grantKey(), s.interventionName(), s.oldProviderId(), s.oldProviderName(),
                    s.newProviderId(), s.newProviderName(), s.cause(), s.requestedOn(), s.effectiveFrom());
        }
    }

    record DistrictDto(String code, String name) {
    }

    record GrantDto(UUID grantKey, long decisionId, String interventionCode, String interventionName, String areaCode,
                    String areaName, String legalBasis, LocalDate start, LocalDate end, String choice, String selectionReason,
                    ProviderRef provider, ProviderRef nextProvider, LocalDate nextProviderFrom) {
    }

    record ServingDto(ProviderRef provider, boolean coordinating, boolean personalCare, List<String> interventions) {
    }

    record CitizenProvidersDto(long citizenId, DistrictDto district, List<GrantDto> grants, List<ServingDto> providers,
                               @Schema(description = "NONE, ONLY_PROVIDER, PERSONAL_CARE, or UNCLEAR (agree in the case)")
                               String coordination, ProviderRef coordinating, List<SwitchDto> switches,
                               String switchRule, LocalDate earliestSwitch) {
        static CitizenProvidersDto of(CitizenProviders.Overview o) {
            District d = o.district();
            return new CitizenProvidersDto(o.citizenId(), d == null ? null : new DistrictDto(d.code(), d.name()),
                    o.grants().stream().map(g -> grant(o, g)).toList(),
                    o.serving().stream().map(s -> new ServingDto(ProviderRef.of(s.provider()), s.coordinating(),
                            s.personalCare(), s.grants())).toList(),
                    o.coordination().name(),
                    o.serving().stream().filter(CitizenProviders.Serving::coordinating).findFirst()
                            .map(s -> ProviderRef.of(s.provider())).orElse(null),
                    o.switches().stream().map(SwitchDto::of).toList(),
                    o.switchRule() == null ? null : o.switchRule().text(), o.earliestSwitch());
        }

        private static GrantDto grant(CitizenProviders.Overview o, DeliveredGrant g) {
            return new GrantDto(g.grantKey(), g.decisionId(), g.interventionCode(), g.interventionName(), g.areaCode(),
                    g.areaName(), g.legalBasis(), g.start(), g.end(), g.choice() == null ? null : g.choice().name(),
                    g.selectionReason(), ProviderRef.of(o.provider(g.providerId())),
                    ProviderRef.of(o.provider(g.nextProviderId())), g.nextProviderFrom());
        }
    }
}

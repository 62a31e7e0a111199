package dk.omsorg.citizen.api;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCitizenAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/citizens")
@Tag(name = "Borgere", description = "Citizens of the caller's municipality")
class CitizenApi {

    private final Citizens citizens;

    CitizenApi(Citizens citizens) {
        this.citizens = citizens;
    }

    @GetMapping
    @RequireCitizenAccess
    @Operation(summary = "Search citizens by CPR number (exact) or part of the name")
    List<CitizenDto> search(@RequestParam("query") String query) {
        return citizens.search(query).stream().map(CitizenDto::of).toList();
    }

    @GetMapping("/{citizenId}")
    @RequireCitizenAccess
    @Operation(summary = "One citizen; 403 for a citizen of another municipality")
    CitizenDto get(@PathVariable long citizenId) {
        return CitizenDto.of(citizens.read(citizenId));
    }

    record CitizenDto(long id, int municipalityCode, String cprNumber, String name, String address, String phone,
                      String district, LocalDate birthDate, String sex, int version) {
        static CitizenDto of(Citizen c) {
            return new CitizenDto(c.id(), c.municipalityId(), c.cprNumber().formatted(), c.name(), c.address(), c.phone(),
                    c.district(), c.birthDate(), c.sex().name(), c.version());
        }
    }
}

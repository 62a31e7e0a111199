package dk.omsorg.citizen.api;

import dk.omsorg.citizen.Contact;
import dk.omsorg.citizen.ContactConsent;
import dk.omsorg.citizen.ContactRelation;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.citizen.HouseholdMember;
import dk.omsorg.citizen.Households;
import dk.omsorg.security.RequireCitizenAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/citizens/{citizenId}")
@Tag(name = "Pårørende og husstand", description = "A citizen's relatives, representatives and household")
class ContactApi {

    private final Contacts contacts;
    private final Households households;

    ContactApi(Contacts contacts, Households households) {
        this.contacts = contacts;
        this.households = households;
    }

    @GetMapping("/contacts")
    @RequireCitizenAccess
    @Operation(summary = "The citizen's contacts, current first; ended ones have endedOn")
    List<ContactDto> list(@PathVariable long citizenId) {
        return contacts.forCitizen(citizenId).stream().map(ContactDto::of).toList();
    }

    @PostMapping("/contacts")
    @RequireCitizenAccess
    @Operation(summary = "Add a contact (pårørende, værge, fuldmagtshaver, kontaktperson)")
    ResponseEntity<ContactDto> add(@PathVariable long citizenId, @RequestBody ContactBody body) {
        Contact contact = contacts.add(citizenId, body.input());
        return ResponseEntity.created(URI.create("/api/v1/citizens/" + citizenId + "/contacts/" + contact.id()))
                .body(ContactDto.of(contact));
    }

    @PutMapping("/contacts/{contactId}")
    @RequireCitizenAccess
    @Operation(summary = "Change a contact; version as read, else 409")
    ContactDto change(@PathVariable long citizenId, @PathVariable long contactId, @RequestBody ContactBody body) {
        return ContactDto.of(contacts.change(citizenId, contactId, body.version(), body.input()));
    }

    @PostMapping("/contacts/{contactId}/end")
    @RequireCitizenAccess
    @Operation(summary = "End a contact today (kept on record); version as read, else 409")
    ContactDto end(@PathVariable long citizenId, @PathVariable long contactId, @RequestBody Versioned body) {
        return ContactDto.of(contacts.end(citizenId, contactId, body.version()));
    }

    @GetMapping("/household")
    @RequireCitizenAccess
    @Operation(summary = "The others in the citizen's current household; empty when none")
    List<MemberDto> household(@PathVariable long citizenId) {
        return households.othersOf(citizenId).stream().map(MemberDto::of).toList();
    }

    @PostMapping("/household")
    @RequireCitizenAccess
    @Operation(summary = "Link another citizen at the same address into the citizen's household")
    List<MemberDto> link(@PathVariable long citizenId, @RequestBody Link body) {
        households.link(citizenId, body.memberId());
        return household(citizenId);
    }

    @PostMapping("/household/{memberId}/unlink")
    @RequireCitizenAccess
    @Operation(summary = "Take a member (or the citizen) out of the household; one left ends it")
    List<MemberDto> unlink(@PathVariable long citizenId, @PathVariable long memberId) {
        households.unlink(citizenId, memberId);
        return household(citizenId);
    }

    record ContactBody(String name, ContactRelation relation, String phone, String email, Boolean contactMe,
                       ContactConsent consent, String note, Integer version) {
        Contacts.ContactInput input() {
            return new Contacts.ContactInput(name, relation, phone, email, contactMe, consent, note);
        }
    }

    record Versioned(Integer version) {
    }

    record Link(Long memberId) {
    }

    record ContactDto(long id, long citizenId, String name, ContactRelation relation, String phone, String email,
                      boolean contactMe, ContactConsent consent, String note, LocalDate endedOn, int version) {
        static ContactDto of(Contact c) {
            return new ContactDto(c.id(), c.citizenId(), c.name(), c.relation(), c.phone(), c.email(), c.contactMe(),
                    c.consent(), c.note(), c.endedOn(), c.version());
        }
    }

    record MemberDto(long citizenId, String name, String cprNumber, String address) {
        static MemberDto of(HouseholdMember m) {
            return new MemberDto(m.citizenId(), m.name(), m.cprNumber().formatted(), m.address());
        }
    }
}

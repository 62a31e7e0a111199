package dk.omsorg.citizen;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.internal.CitizenRepository;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Finding, reading and registering citizens. A user only ever reaches the citizens of their own
 * municipality; every read and change is audited, and a refused read is audited too.
 */
@Service
public class Citizens {

    private final CitizenRepository citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Citizens(CitizenRepository citizens, CurrentUsers users, AuditLog audit, Clock clock) {
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The citizen with this CPR number in the user's municipality, registered now if new.
     * A CPR number belonging to another municipality's citizen is refused.
     */
    @Transactional
    public Citizen findOrRegister(NewCitizen newCitizen) {
        CurrentUser user = users.current();
        var existing = citizens.findByCprNumber(newCitizen.cprNumber().value());
        if (existing.isPresent()) {
            Citizen citizen = existing.get();
            if (!citizen.belongsTo(user.municipalityId())) {
                throw new InvalidInputException("cprNumber", "citizen.otherMunicipality");
            }
            return citizen;
        }
        if (newCitizen.name() == null || newCitizen.name().isBlank()) {
            throw new InvalidInputException("name", "citizen.nameRequired");
        }
        if (newCitizen.cprNumber().birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("cprNumber", "cpr.future");
        }
        Citizen citizen = citizens.save(Citizen.register(user.municipalityId(), newCitizen.cprNumber(),
                newCitizen.name(), newCitizen.address(), newCitizen.phone()));
        audit.changed(AuditAction.CREATE, citizen.id(), "citizen", citizen.id(), "borger oprettet");
        return citizen;
    }

    /** Reads a citizen for display, audited. */
    @Transactional
    public Citizen read(long citizenId) {
        Citizen citizen = accessible(citizenId);
        audit.read(citizenId, "citizen", citizenId);
        return citizen;
    }

    /**
     * The citizen, if the user's municipality owns it; for other modules that audit their own
     * reads. A citizen of another municipality is refused (403) and the attempt audited.
     */
    @Transactional(readOnly = true)
    public Citizen accessible(long citizenId) {
        Citizen citizen = citizens.findById(citizenId)
                .orElseThrow(() -> new NotFoundException("citizen.notFound"));
        if (!citizen.belongsTo(users.current().municipalityId())) {
            audit.denied(citizenId, "citizen", citizenId);
            throw new AccessDeniedException("Citizen of another municipality");
        }
        return citizen;
    }

    /** Search by CPR number (exact) or by part of the name, in the user's municipality. */
    @Transactional
    public List<Citizen> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        int municipality = users.current().municipalityId();
        String text = query.strip();
        List<Citizen> hits;
        if (text.matches("[0-9]{6}-?[0-9]{4}")) {
            hits = citizens.findByCprNumber(CprNumber.of(text).value())
                    .filter(c -> c.belongsTo(municipality)).stream().toList();
        } else {
            hits = citizens.searchByName(municipality, text);
        }
        hits.forEach(c -> audit.read(c.id(), "citizen-search", c.id()));
        return hits;
    }

    /**
     * What intake knows about a citizen: the CPR number always; name and contact data when the
     * citizen is new.
     */
    public record NewCitizen(CprNumber cprNumber, String name, String address, String phone) {
    }
}

package dk.omsorg.citizen;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.internal.CitizenRepository;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
    private final ObjectProvider<DistrictDirectory> districts;
    private final StaffDirectory staff;

    Citizens(CitizenRepository citizens, CurrentUsers users, AuditLog audit, Clock clock,
             ObjectProvider<DistrictDirectory> districts, StaffDirectory staff) {
        this.citizens = citizens;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.districts = districts;
    }

    /**
     * The citizen with this CPR number in the user's municipality, registered now if new (audited). Whether
     * another municipality has the same person as a citizen is neither looked at nor told (issue 14): each
     * municipality keeps its own record.
     */
    @Transactional
    public Citizen findOrRegister(NewCitizen newCitizen) {
        CurrentUser user = users.current();
        citizens.lockCprNumber(newCitizen.cprNumber().value());
        var existing = citizens.findByMunicipalityIdAndCprNumber(user.municipalityId(), newCitizen.cprNumber().value());
        if (existing.isPresent()) {
            Citizen citizen = existing.get();
            if (newCitizen.district() != null && !newCitizen.district().equals(citizen.district())) {
                if (citizen.district() != null) {
                    // a move is a transfer to another district, with its consequences for the providers
                    throw new InvalidInputException("district", "citizen.district.moveInstead",
                            district(user.municipalityId(), citizen.district()).map(District::name).orElse(citizen.district()));
                }
                requireDistrict(user.municipalityId(), newCitizen.district());
                citizen.moveToDistrict(newCitizen.district());
                citizen = citizens.save(citizen);
                audit.changed(AuditAction.UPDATE, citizen.id(), "citizen", citizen.id(), "distrikt registreret");
            }
            return citizen;
        }
        if (newCitizen.name() == null || newCitizen.name().isBlank()) {
            throw new InvalidInputException("name", "citizen.nameRequired");
        }
        if (newCitizen.name().strip().length() > dk.omsorg.shared.InputLimits.NAME_LENGTH) {
            throw new InvalidInputException("citizenName", "input.name.tooLong", dk.omsorg.shared.InputLimits.NAME_LENGTH);
        }
        if (newCitizen.address() != null && newCitizen.address().strip().length() > dk.omsorg.shared.InputLimits.ADDRESS_LENGTH) {
            throw new InvalidInputException("address", "input.address.tooLong", dk.omsorg.shared.InputLimits.ADDRESS_LENGTH);
        }
        if (newCitizen.phone() != null && newCitizen.phone().strip().length() > dk.omsorg.shared.InputLimits.PHONE_LENGTH) {
            throw new InvalidInputException("phone", "input.phone.tooLong", dk.omsorg.shared.InputLimits.PHONE_LENGTH);
        }
        if (newCitizen.cprNumber().birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("cprNumber", "cpr.future");
        }
        if (newCitizen.district() != null) {
            requireDistrict(user.municipalityId(), newCitizen.district());
        }
        Citizen citizen = citizens.save(Citizen.register(user.municipalityId(), newCitizen.cprNumber(),
                newCitizen.name(), newCitizen.address(), newCitizen.phone(), newCitizen.district()));
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
     * reads. A citizen of another municipality is answered as one that does not exist (404), and the attempt audited.
     */
    @Transactional(readOnly = true)
    public Citizen accessible(long citizenId) {
        Citizen citizen = citizens.findById(citizenId)
                .orElseThrow(() -> new NotFoundException("citizen.notFound"));
        if (!citizen.belongsTo(users.current().municipalityId())) {
            audit.denied(citizenId, "citizen", citizenId);
            // as a citizen that does not exist: a refusal must not tell that the id is in use elsewhere (audited)
            throw new NotFoundException("citizen.notFound");
        }
        return citizen;
    }

    /**
     * As {@link #accessible(long)} for something of the citizen's (a decision, an assessment, a follow-up): another
     * municipality's answers with {@code notFoundKey}, exactly as one that does not exist.
     */
    @Transactional(readOnly = true)
    public Citizen accessibleFor(long citizenId, String notFoundKey) {
        try {
            return accessible(citizenId);
        } catch (NotFoundException e) {
            throw new NotFoundException(notFoundKey);
        }
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
            hits = citizens.findByMunicipalityIdAndCprNumber(municipality, CprNumber.of(text).value()).stream().toList();
        } else {
            hits = citizens.searchByName(municipality, text);
        }
        hits.forEach(c -> audit.read(c.id(), "citizen-search", c.id()));
        return hits;
    }

    /** The districts of the user's municipality, by name; empty when it has none registered. */
    public List<District> districts() {
        return districts(users.current().municipalityId());
    }

    public List<District> districts(int municipalityId) {
        DistrictDirectory directory = districts.getIfAvailable();
        return directory == null ? List.of() : directory.inMunicipality(municipalityId);
    }

    public Optional<District> district(int municipalityId, String code) {
        return code == null ? Optional.empty() : districts(municipalityId).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Records that the citizen lives in another district. For the provider module's transfer, which
     * checks access, decides what happens to the providers and audits the transfer in the same transaction.
     *
     * @throws InvalidInputException when the district is not one of the municipality's
     */
    @Transactional
    public Citizen moveToDistrict(long citizenId, String district) {
        Citizen citizen = accessible(citizenId);
        requireDistrict(citizen.municipalityId(), district);
        citizen.moveToDistrict(district);
        Citizen saved = citizens.save(citizen);
        audit.changed(AuditAction.UPDATE, citizenId, "citizen", citizenId, "flyttet til distrikt " + district);
        return saved;
    }

    /**
     * Makes a caseworker of the citizen's municipality the citizen's contact caseworker (kontaktvisitator), audited.
     *
     * @param version the citizen's version the choice was made on
     * @throws InvalidInputException              when the user is not an active caseworker of the municipality
     * @throws OptimisticLockingFailureException when the citizen changed since {@code version} was read
     */
    @RequireCaseResponsibility
    @Transactional
    public Citizen chooseContactCaseworker(long citizenId, String username, Integer version) {
        Citizen citizen = accessible(citizenId);
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("contactCaseworker", "citizen.contactCaseworker.required");
        }
        String chosen = username.strip();
        var user = staff.find(chosen).filter(u -> u.enabled() && u.municipalityId() == citizen.municipalityId())
                // another municipality's user is answered as one that does not exist
                .orElseThrow(() -> new InvalidInputException("contactCaseworker", "citizen.contactCaseworker.unknown", chosen));
        if (user.role() != Role.CASEWORKER) {
            throw new InvalidInputException("contactCaseworker", "citizen.contactCaseworker.notCaseworker", user.displayName());
        }
        if (version == null || !version.equals(citizen.version())) {
            throw new OptimisticLockingFailureException("Citizen " + citizenId + " changed since version " + version);
        }
        citizen.chooseContactCaseworker(user.username());
        Citizen saved = citizens.save(citizen);
        audit.changed(AuditAction.UPDATE, citizenId, "citizen", citizenId, "kontaktvisitator valgt");
        return saved;
    }

    /**
     * Makes the caseworker the citizen's contact caseworker when the citizen has none yet: for the inquiry module, when
     * an inquiry is assigned to a caseworker, in its transaction (which checked access and the caseworker). Audited
     * when set.
     *
     * @return whether the caseworker became the contact caseworker
     */
    @Transactional
    public boolean assignContactCaseworkerIfNone(long citizenId, String caseworker) {
        if (citizens.setContactCaseworkerIfNone(citizenId, caseworker, users.current().username(),
                java.sql.Timestamp.from(clock.instant())) == 0) {
            return false;
        }
        audit.changed(AuditAction.UPDATE, citizenId, "citizen", citizenId, "kontaktvisitator sat ved tildeling");
        return true;
    }

    private void requireDistrict(int municipalityId, String code) {
        if (district(municipalityId, code).isEmpty()) {
            throw new InvalidInputException("district", "citizen.district.unknown", code);
        }
    }

    /**
     * What intake knows about a citizen: the CPR number always; name and contact data when the
     * citizen is new; the district when known (a citizen without one gets it).
     */
    public record NewCitizen(CprNumber cprNumber, String name, String address, String phone, String district) {

        public NewCitizen {
            district = district == null || district.isBlank() ? null : district.strip();
        }

        public NewCitizen(CprNumber cprNumber, String name, String address, String phone) {
            this(cprNumber, name, address, phone, null);
        }
    }
}

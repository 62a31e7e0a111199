package dk.omsorg.citizen;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.internal.CitizenRepository;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Households (husstande): citizens of one municipality at the same address, linked as spouses or cohabitants, so
 * that the decision check counts the household's grants (seed 002: "Hos ægtepar vurderes begge … Tildeles
 * husstanden indsatser til praktiske opgaver bevilges det til den ene af ægtefællerne"; seed 003: "pr. husstand").
 * A citizen is in at most one current household, which the database's unique index guarantees; citizens at
 * different addresses are refused (choice: a household is the people at one address, so the address is corrected
 * first). Every read and change audited.
 */
@Service
@Transactional
public class Households {

    static final String RESOURCE = "household";

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final CitizenRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Households(JdbcClient jdbc, Citizens citizens, CitizenRepository repository, CurrentUsers users, AuditLog audit,
               Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The others in the citizen's current household, by name; empty when the citizen is in none. Audited. */
    public List<HouseholdMember> othersOf(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        Optional<Long> household = householdOf(citizen.municipalityId(), citizenId);
        if (household.isEmpty()) {
            return List.of();
        }
        audit.read(citizenId, RESOURCE, household.get());
        return jdbc.sql("""
                        select c.id, c.name, c.cpr_number, c.address from household_member m
                        join citizen c on c.municipality_id = m.municipality_id and c.id = m.citizen_id
                        where m.municipality_id = ? and m.household_id = ? and m.left_at is null and m.citizen_id <> ?
                        order by c.name, c.id""")
                .params(citizen.municipalityId(), household.get(), citizenId)
                .query((rs, n) -> new HouseholdMember(rs.getLong("id"), rs.getString("name"),
                        new CprNumber(rs.getString("cpr_number")), rs.getString("address")))
                .list();
    }

    /**
     * Links {@code memberId} into the citizen's household: the citizen's current one, else the member's, else a new
     * one of the two. Nothing changes when a rule is broken; each error names the field {@code memberId}.
     */
    public void link(long citizenId, Long memberId) {
        Citizen citizen = citizens.accessible(citizenId);
        int municipality = citizen.municipalityId();
        if (memberId == null) {
            throw new InvalidInputException("memberId", "household.member.required");
        }
        if (memberId == citizenId) {
            throw new InvalidInputException("memberId", "household.member.self", citizen.name());
        }
        Citizen member = repository.findById(memberId).orElse(null);
        if (member == null || !member.belongsTo(municipality)) {
            if (member != null) {
                audit.denied(memberId, RESOURCE, null);
            }
            // the same answer for another municipality's citizen as for none: it tells nothing of the id
            throw new InvalidInputException("memberId", "household.member.otherMunicipality");
        }
        if (citizen.address() == null || member.address() == null
                || !normalised(citizen.address()).equals(normalised(member.address()))) {
            throw new InvalidInputException("memberId", "household.member.otherAddress", member.name(),
                    member.address() == null ? "—" : member.address(), citizen.name(),
                    citizen.address() == null ? "—" : citizen.address());
        }
        Optional<Long> ours = householdOf(municipality, citizenId);
        Optional<Long> theirs = householdOf(municipality, memberId);
        if (ours.isPresent() && ours.equals(theirs)) {
            throw new InvalidInputException("memberId", "household.member.already", member.name());
        }
        if (ours.isPresent() && theirs.isPresent()) {
            throw new InvalidInputException("memberId", "household.member.inOther", member.name());
        }
        Instant now = Instant.now(clock);
        long household = ours.or(() -> theirs).orElseGet(() -> create(municipality, now));
        try {
            if (ours.isEmpty()) {
                join(municipality, household, citizenId, now);
            }
            if (theirs.isEmpty()) {
                join(municipality, household, memberId, now);
            }
        } catch (DuplicateKeyException e) {
            // another caseworker linked one of them at the same moment; this transaction is rolled back whole
            throw new InvalidInputException("memberId", "household.member.inOther", member.name());
        }
        audit.changed(AuditAction.UPDATE, citizenId, RESOURCE, household, "husstand: borger tilknyttet");
        audit.changed(AuditAction.UPDATE, memberId, RESOURCE, household, "husstand: borger tilknyttet");
    }

    /**
     * Takes {@code memberId} (the citizen or another member) out of the citizen's household. A household left with
     * one member ends.
     */
    public void unlink(long citizenId, long memberId) {
        Citizen citizen = citizens.accessible(citizenId);
        int municipality = citizen.municipalityId();
        long household = householdOf(municipality, citizenId)
                .orElseThrow(() -> new InvalidInputException("memberId", "household.none", citizen.name()));
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        int left = jdbc.sql("""
                        update household_member set left_at = ?, left_by = ?
                        where municipality_id = ? and household_id = ? and citizen_id = ? and left_at is null""")
                .params(now, user, municipality, household, memberId).update();
        if (left != 1) {
            throw new InvalidInputException("memberId", "household.member.notMember");
        }
        audit.changed(AuditAction.UPDATE, memberId, RESOURCE, household, "husstand: borger fjernet");
        List<Long> remaining = jdbc.sql("""
                        select citizen_id from household_member
                        where municipality_id = ? and household_id = ? and left_at is null""")
                .params(municipality, household).query(Long.class).list();
        if (remaining.size() < 2) {
            jdbc.sql("""
                            update household_member set left_at = ?, left_by = ?
                            where municipality_id = ? and household_id = ? and left_at is null""")
                    .params(now, user, municipality, household).update();
            jdbc.sql("update household set ended_at = ? where municipality_id = ? and id = ?")
                    .params(now, municipality, household).update();
            remaining.forEach(id -> audit.changed(AuditAction.UPDATE, id, RESOURCE, household, "husstand ophørt"));
        }
    }

    private Optional<Long> householdOf(int municipality, long citizenId) {
        return jdbc.sql("""
                        select household_id from household_member
                        where municipality_id = ? and citizen_id = ? and left_at is null""")
                .params(municipality, citizenId).query(Long.class).optional();
    }

    private long create(int municipality, Instant now) {
        return jdbc.sql("insert into household (municipality_id, created_at, created_by) values (?, ?, ?) returning id")
                .params(municipality, Timestamp.from(now), users.current().username()).query(Long.class).single();
    }

    private void join(int municipality, long household, long citizenId, Instant now) {
        jdbc.sql("""
                        insert into household_member (municipality_id, household_id, citizen_id, joined_at, joined_by)
                        values (?, ?, ?, ?, ?)""")
                .params(municipality, household, citizenId, Timestamp.from(now), users.current().username()).update();
    }

    /** "Testvej 1,  2670 Greve" and "testvej 1, 2670 greve" are the same address. */
    static String normalised(String address) {
        return address.strip().replaceAll("\\s+", " ").replaceAll("\\s*,\\s*", ", ").toLowerCase(Locale.ROOT);
    }
}

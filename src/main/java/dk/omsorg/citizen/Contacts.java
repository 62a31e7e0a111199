package dk.omsorg.citizen;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A citizen's relatives and representatives (issue 15): adding, changing (guarded by the version: a stale change is
 * refused with 409) and ending them. Only the user's municipality's citizens; every read and change audited.
 */
@Service
@Transactional
public class Contacts {

    static final String RESOURCE = "contact";
    static final int PHONE_LENGTH = 40;
    static final int EMAIL_LENGTH = 254;
    /** One @, something on both sides, a dot in the domain and no spaces: catches typing errors, not more. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Citizens citizens, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a caseworker types about a contact.
     *
     * @param contactMe null counts as no
     * @param consent   null counts as none
     */
    public record ContactInput(String name, ContactRelation relation, String phone, String email, Boolean contactMe,
                               ContactConsent consent, String note) {
    }

    /** The citizen's contacts, current first (by name), then the ended ones. */
    public List<Contact> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return jdbc.sql("""
                        select * from citizen_contact where municipality_id = ? and citizen_id = ?
                        order by ended_on is not null, lower(name), id""")
                .params(citizen.municipalityId(), citizenId).query(Contacts::contact).list();
    }

    /** The current contacts the municipality is to contact, for the citizen overview's summary. */
    public List<Contact> toContact(long citizenId) {
        return forCitizen(citizenId).stream().filter(c -> c.current() && c.contactMe()).toList();
    }

    /** One current contact of the citizen, e.g. the inquiry's applicant; audited. */
    public Contact current(long citizenId, long contactId) {
        Contact contact = owned(citizenId, contactId);
        if (!contact.current()) {
            throw new InvalidInputException("applicantContactId", "contact.ended", contact.name());
        }
        audit.read(citizenId, RESOURCE, contactId);
        return contact;
    }

    public Contact add(long citizenId, ContactInput input) {
        Citizen citizen = citizens.accessible(citizenId);
        ContactInput in = validated(input);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        long id = jdbc.sql("""
                        insert into citizen_contact (municipality_id, citizen_id, name, relation, phone, email, contact_me,
                            consent, note, created_at, created_by, modified_at, modified_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(citizen.municipalityId(), citizenId, in.name(), in.relation().name(), in.phone(), in.email(),
                        in.contactMe(), in.consent().name(), in.note(), now, user, now, user)
                .query(Long.class).single();
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "pårørende/kontakt tilføjet");
        return find(citizen.municipalityId(), id);
    }

    /** @throws OptimisticLockingFailureException when the contact was changed since {@code version} was read */
    public Contact change(long citizenId, long contactId, Integer version, ContactInput input) {
        Contact contact = owned(citizenId, contactId);
        if (!contact.current()) {
            throw new InvalidInputException(null, "contact.ended", contact.name());
        }
        ContactInput in = validated(input);
        update(contact, version, """
                        name = ?, relation = ?, phone = ?, email = ?, contact_me = ?, consent = ?, note = ?""",
                java.util.Arrays.asList(in.name(), in.relation().name(), in.phone(), in.email(), in.contactMe(),
                        in.consent().name(), in.note()), "pårørende/kontakt ændret");
        return find(users.current().municipalityId(), contactId);
    }

    /** Ends the contact today: it no longer counts as the citizen's, but stays on record. */
    public Contact end(long citizenId, long contactId, Integer version) {
        Contact contact = owned(citizenId, contactId);
        if (!contact.current()) {
            throw new InvalidInputException(null, "contact.ended", contact.name());
        }
        update(contact, version, "ended_on = ?, ended_by = ?",
                List.of(LocalDate.now(clock), users.current().username()), "pårørende/kontakt afsluttet");
        return find(users.current().municipalityId(), contactId);
    }

    private void update(Contact contact, Integer version, String set, List<Object> values, String detail) {
        List<Object> params = new ArrayList<>(values);
        params.add(Timestamp.from(Instant.now(clock)));
        params.add(users.current().username());
        params.add(contact.id());
        params.add(version == null ? -1 : version);
        int updated = jdbc.sql("update citizen_contact set " + set
                        + ", modified_at = ?, modified_by = ?, version = version + 1 where id = ? and version = ?")
                .params(params).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Contact " + contact.id() + " changed meanwhile");
        }
        audit.changed(AuditAction.UPDATE, contact.citizenId(), RESOURCE, contact.id(), detail);
    }

    /** Every rule at once, by field; the input stripped and defaulted. */
    private static ContactInput validated(ContactInput input) {
        List<Violation> violations = new ArrayList<>();
        String name = blankToNull(input.name());
        if (name == null) {
            violations.add(new Violation("name", "contact.name.required"));
        } else if (name.length() > InputLimits.NAME_LENGTH) {
            violations.add(new Violation("name", "input.name.tooLong", InputLimits.NAME_LENGTH));
        }
        if (input.relation() == null) {
            violations.add(new Violation("relation", "contact.relation.required"));
        }
        String phone = blankToNull(input.phone());
        if (phone != null && (phone.length() > PHONE_LENGTH || !phone.matches("[+0-9 ()-]+"))) {
            violations.add(new Violation("phone", "contact.phone.invalid", phone.length() > PHONE_LENGTH
                    ? phone.substring(0, PHONE_LENGTH) + "…" : phone));
        }
        String email = blankToNull(input.email());
        if (email != null && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            violations.add(new Violation("email", "contact.email.invalid",
                    email.length() > 60 ? email.substring(0, 60) + "…" : email));
        }
        String note = blankToNull(input.note());
        if (note != null && note.length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation("note", "contact.note.tooLong", InputLimits.TEXT_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ContactInput(name, input.relation(), phone, email, Boolean.TRUE.equals(input.contactMe()),
                input.consent() == null ? ContactConsent.NONE : input.consent(), note);
    }

    private Contact owned(long citizenId, long contactId) {
        Citizen citizen = citizens.accessible(citizenId);
        Contact contact = find(citizen.municipalityId(), contactId);
        if (contact.citizenId() != citizenId) {
            throw new NotFoundException("contact.notFound");
        }
        return contact;
    }

    private Contact find(int municipalityId, long id) {
        return jdbc.sql("select * from citizen_contact where municipality_id = ? and id = ?").params(municipalityId, id)
                .query(Contacts::contact).optional().orElseThrow(() -> new NotFoundException("contact.notFound"));
    }

    private static Contact contact(ResultSet rs, int n) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("name"),
                ContactRelation.valueOf(rs.getString("relation")), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("contact_me"), ContactConsent.valueOf(rs.getString("consent")), rs.getString("note"),
                rs.getObject("ended_on", LocalDate.class), rs.getInt("version"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

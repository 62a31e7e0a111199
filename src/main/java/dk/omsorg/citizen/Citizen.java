package dk.omsorg.citizen;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A citizen (borger) of one municipality. */
@Table("citizen")
public class Citizen {

    @Id
    private Long id;
    private final int municipalityId;
    private final String cprNumber;
    private String name;
    private String address;
    private String phone;
    private String district;
    private final LocalDate birthDate;
    private final CprNumber.Sex sex;
    private String contactCaseworker;
    /** The day the citizen died; null while no death is recorded (V57, issue 20). */
    private LocalDate diedOn;
    /** Who told the municipality of the death; null while none is recorded. */
    private DeathSource deathSource;
    @CreatedDate
    private Instant createdAt;
    @CreatedBy
    private String createdBy;
    @LastModifiedDate
    private Instant modifiedAt;
    @LastModifiedBy
    private String modifiedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Citizen(Long id, int municipalityId, String cprNumber, String name, String address, String phone, String district,
            LocalDate birthDate, CprNumber.Sex sex, String contactCaseworker, Integer version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.cprNumber = cprNumber;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.district = district;
        this.birthDate = birthDate;
        this.sex = sex;
        this.contactCaseworker = contactCaseworker;
        this.version = version;
    }

    static Citizen register(int municipalityId, CprNumber cpr, String name, String address, String phone,
                            String district) {
        return new Citizen(null, municipalityId, cpr.value(), name.strip(), blankToNull(address), blankToNull(phone),
                blankToNull(district), cpr.birthDate(), cpr.sex(), null, null);
    }

    /** The citizen lives in another district from now on (seed 002: "Overflytning til andet distrikt"). */
    void moveToDistrict(String district) {
        this.district = district;
    }

    /** The caseworker who answers for the citizen's case from now on (kontaktvisitator), by username. */
    void chooseContactCaseworker(String username) {
        this.contactCaseworker = username;
    }

    void changeContact(String name, String address, String phone) {
        this.name = name.strip();
        this.address = blankToNull(address);
        this.phone = blankToNull(phone);
    }

    public boolean belongsTo(int municipalityId) {
        return this.municipalityId == municipalityId;
    }

    public Long id() {
        return id;
    }

    public int municipalityId() {
        return municipalityId;
    }

    public CprNumber cprNumber() {
        return new CprNumber(cprNumber);
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    /** The district (distrikt) the citizen lives in, by code; null when not recorded. */
    public String district() {
        return district;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public CprNumber.Sex sex() {
        return sex;
    }

    /** The contact caseworker's username (kontaktvisitator); null while the citizen has none. */
    public String contactCaseworker() {
        return contactCaseworker;
    }

    /** The day the citizen died; null while no death is recorded. */
    public LocalDate diedOn() {
        return diedOn;
    }

    /** Who told the municipality of the death; null while none is recorded. */
    public DeathSource deathSource() {
        return deathSource;
    }

    public boolean deceased() {
        return diedOn != null;
    }

    public Integer version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package dk.omsorg.citizen.internal;

import dk.omsorg.citizen.Citizen;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface CitizenRepository extends ListCrudRepository<Citizen, Long> {

    /** A CPR number is unique per municipality (V23): each municipality has its own record of the person. */
    Optional<Citizen> findByMunicipalityIdAndCprNumber(int municipalityId, String cprNumber);

    /**
     * Waits until no other transaction is registering this CPR number, and holds it until this transaction
     * ends, so two intakes of the same new citizen at once find one citizen instead of one failing on the
     * unique key (whose message would carry the CPR number into the log).
     */
    @Query("select count(*) from (select pg_advisory_xact_lock(hashtext('citizen-cpr:' || :cprNumber))) locked")
    long lockCprNumber(String cprNumber);

    @Query("select * from citizen where municipality_id = :municipalityId and lower(name) like '%' || lower(:text) || '%' order by name limit 50")
    List<Citizen> searchByName(int municipalityId, String text);

    /**
     * Makes {@code username} the contact caseworker unless the citizen has one; one statement, so an assignment never
     * overwrites a choice saved at the same moment. The version moves on, so a form read before is stale.
     *
     * @return 1 when set, 0 when the citizen already had one
     */
    @Modifying
    @Query("""
            update citizen set contact_caseworker = :username, version = version + 1, modified_at = :at, modified_by = :by
            where id = :citizenId and contact_caseworker is null""")
    int setContactCaseworkerIfNone(long citizenId, String username, String by, java.sql.Timestamp at);

    /**
     * Records the citizen's death unless one is recorded; one statement, so two reports at once record it once. The
     * version moves on, so a form read before is stale.
     *
     * @return 1 when recorded, 0 when a death was recorded already
     */
    @Modifying
    @Query("""
            update citizen set died_on = :diedOn, death_source = :source, version = version + 1, modified_at = :at,
                modified_by = :by
            where id = :citizenId and died_on is null""")
    int recordDeathIfNone(long citizenId, java.time.LocalDate diedOn, String source, String by, java.sql.Timestamp at);
}

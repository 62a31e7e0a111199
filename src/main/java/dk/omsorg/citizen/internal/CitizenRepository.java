package dk.omsorg.citizen.internal;

import dk.omsorg.citizen.Citizen;
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
}

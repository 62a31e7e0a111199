package dk.omsorg.citizen.internal;

import dk.omsorg.citizen.Citizen;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface CitizenRepository extends ListCrudRepository<Citizen, Long> {

    /** A CPR number is unique per municipality (V23): each municipality has its own record of the person. */
    Optional<Citizen> findByMunicipalityIdAndCprNumber(int municipalityId, String cprNumber);

    @Query("select * from citizen where municipality_id = :municipalityId and lower(name) like '%' || lower(:text) || '%' order by name limit 50")
    List<Citizen> searchByName(int municipalityId, String text);
}

package dk.omsorg.places.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.places.PlacePolicies;
import dk.omsorg.places.PlacePolicy;
import dk.omsorg.shared.DanishTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses the start when a waiting list's rule (places.yaml {@code lists[].interventions}) names an intervention the
 * municipality's catalogue in force does not have: nobody could then be put on that list (seed 002: the decision comes
 * first). Runs after the place files are read; names file and field, every problem at once.
 */
@Component
@Order(11)
class PlaceCatalogCheck implements ApplicationRunner {

    private final PlacePolicies policies;
    private final Catalogs catalogs;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlaceCatalogCheck(PlacePolicies policies, Catalogs catalogs, JdbcClient jdbc, Clock clock) {
        this.policies = policies;
        this.catalogs = catalogs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        List<String> problems = new ArrayList<>();
        for (int municipality : jdbc.sql("select id from municipality order by id").query(Integer.class).list()) {
            policies.forMunicipality(municipality)
                    .ifPresent(p -> problems.addAll(problems(p, catalogs.inForce(municipality, today))));
        }
        if (!problems.isEmpty()) {
            throw new PlaceFiles.PlaceFileException(problems);
        }
    }

    /** The list rules' interventions the catalogue lacks; none when no catalogue is in force (nothing to compare). */
    static List<String> problems(PlacePolicy policy, Optional<Catalog> catalog) {
        List<String> problems = new ArrayList<>();
        if (catalog.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < policy.lists().size(); i++) {
            for (String code : policy.lists().get(i).interventions()) {
                if (catalog.get().intervention(code).isEmpty()) {
                    problems.add(policy.file() + ", field lists[" + i + "].interventions: '" + code
                            + "' is no intervention of the catalogue in force (" + catalog.get().version() + ")");
                }
            }
        }
        return problems;
    }
}

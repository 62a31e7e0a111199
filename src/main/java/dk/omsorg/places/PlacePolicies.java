package dk.omsorg.places;

import dk.omsorg.places.internal.PlaceFiles;
import dk.omsorg.places.internal.PlaceFiles.PlaceFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Every municipality's places.yaml, read strictly at start after the providers (their districts are checked
 * against the district table) and synced into place_unit; an invalid file stops the start with file, line and field.
 */
@Component
@Order(10)
public class PlacePolicies implements ApplicationRunner {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/places.yaml";
    private static final Logger log = LoggerFactory.getLogger(PlacePolicies.class);

    private final JdbcClient jdbc;
    private final String location;
    private volatile Map<Integer, PlacePolicy> policies = Map.of();

    PlacePolicies(JdbcClient jdbc, @Value("${omsorg.places.location:" + DEFAULT_LOCATION + "}") String location) {
        this.jdbc = jdbc;
        this.location = location;
    }

    /** Reads every file; refuses them all, with every problem, when one is wrong or two are for one municipality. */
    public static Map<Integer, PlacePolicy> read(Resource[] files, IntFunction<Set<String>> districts) {
        Map<Integer, PlacePolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                PlacePolicy policy = PlaceFiles.read(file, districts);
                PlacePolicy before = read.putIfAbsent(policy.municipalityId(), policy);
                if (before != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId()
                            + " already has units in " + before.file());
                }
            } catch (PlaceFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PlaceFileException(problems);
        }
        return Map.copyOf(read);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Map<Integer, PlacePolicy> read = read(new PathMatchingResourcePatternResolver().getResources(location), this::districts);
        read.values().forEach(this::sync);
        policies = read;
        log.info("Loaded place units for municipalities {}", read.keySet());
    }

    private Set<String> districts(int municipalityId) {
        return new HashSet<>(jdbc.sql("select code from district where municipality_id = ? and listed")
                .param(municipalityId).query(String.class).list());
    }

    private void sync(PlacePolicy policy) {
        jdbc.sql("update place_unit set listed = false where municipality_id = ?").param(policy.municipalityId()).update();
        for (PlaceUnit u : policy.units()) {
            jdbc.sql("""
                            insert into place_unit (municipality_id, code, name, kind, places, district, valid_from, valid_to,
                                                    waiting_lists, listed)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                            on conflict (municipality_id, code) do update set name = excluded.name, kind = excluded.kind,
                                places = excluded.places, district = excluded.district, valid_from = excluded.valid_from,
                                valid_to = excluded.valid_to, waiting_lists = excluded.waiting_lists, listed = true""")
                    .params(policy.municipalityId(), u.code(), u.name(), u.kind().name(), u.places(), u.district(),
                            u.validFrom(), u.validTo(), u.waitingLists().stream().map(Enum::name).toArray(String[]::new))
                    .update();
        }
    }

    public Optional<PlacePolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }

    /** District code → Danish name, for showing a unit's district to people. */
    public Map<String, String> districtNames(int municipalityId) {
        Map<String, String> names = new TreeMap<>();
        jdbc.sql("select code, name from district where municipality_id = ?").param(municipalityId)
                .query((rs, n) -> names.put(rs.getString("code"), rs.getString("name"))).list();
        return names;
    }

    /** The municipality's listed units as stored, by kind then name. */
    public List<PlaceUnit> units(int municipalityId) {
        return jdbc.sql("""
                        select code, name, kind, places, district, valid_from, valid_to, waiting_lists from place_unit
                        where municipality_id = ? and listed order by kind, name""")
                .param(municipalityId)
                .query((rs, n) -> new PlaceUnit(rs.getString("code"), rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
                        rs.getInt("places"), rs.getString("district"), rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class),
                        java.util.Arrays.stream((String[]) rs.getArray("waiting_lists").getArray()).map(WaitingList::valueOf).toList()))
                .list();
    }
}

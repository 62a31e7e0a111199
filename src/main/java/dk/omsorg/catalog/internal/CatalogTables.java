package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Shift;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings {@code catalog}, {@code catalog_area} and {@code catalog_intervention} in line with the
 * catalogue files at every start: the files are the truth, the tables make them queryable and
 * referenceable. Rows are updated in place rather than deleted and re-inserted, so that rows
 * others reference survive a restart; a version, area or intervention that has left the files is
 * deleted (which a reference to it will refuse: a catalogue decisions rest on must stay).
 */
@Component
@Order(2)
class CatalogTables implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogTables.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoadedCatalogs catalogs;
    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogTables(LoadedCatalogs catalogs, JdbcClient jdbc, Clock clock) {
        this.catalogs = catalogs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        store();
    }

    @Transactional
    public void store() {
        Map<Integer, List<CatalogFiles.Loaded>> byMunicipality = catalogs.all().stream()
                .collect(Collectors.groupingBy(l -> l.catalog().municipalityId(), LinkedHashMap::new, Collectors.toList()));
        Set<Integer> known = Set.copyOf(jdbc.sql("select id from municipality").query(Integer.class).list());
        List<String> unknown = byMunicipality.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .map(e -> e.getValue().get(0).file() + ", field municipality: municipality " + e.getKey()
                        + " is not in the municipality table")
                .toList();
        if (!unknown.isEmpty()) {
            throw new CatalogFileException(unknown);
        }
        Integer[] municipalities = byMunicipality.keySet().toArray(Integer[]::new);
        int gone = jdbc.sql("delete from catalog where not (municipality_id = any (?))").param(municipalities).update();
        Instant now = Instant.now(clock);
        byMunicipality.forEach((municipalityId, files) -> {
            String[] versions = files.stream().map(f -> f.catalog().validFrom().toString()).toArray(String[]::new);
            jdbc.sql("delete from catalog where municipality_id = ? and not (valid_from::text = any (?))")
                    .params(municipalityId, versions).update();
            files.forEach(file -> store(file, now));
        });
        log.info("Stored {} catalogues in the database{}", catalogs.all().size(),
                gone > 0 ? "; " + gone + " versions no longer in the files removed" : "");
    }

    private void store(CatalogFiles.Loaded file, Instant now) {
        Catalog c = file.catalog();
        jdbc.sql("""
                        insert into catalog (municipality_id, valid_from, valid_to, version, source, shape, file, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, valid_from) do update set valid_to = excluded.valid_to,
                            version = excluded.version, source = excluded.source, shape = excluded.shape,
                            file = excluded.file, loaded_at = excluded.loaded_at""")
                .params(c.municipalityId(), c.validFrom(), c.validTo(), c.version(), c.source(), c.shape().name(),
                        file.file(), java.sql.Timestamp.from(now))
                .update();
        for (int i = 0; i < c.areas().size(); i++) {
            Area a = c.areas().get(i);
            jdbc.sql("""
                            insert into catalog_area (municipality_id, catalog_valid_from, code, position, number, name,
                                legal_basis, appealable, free_choice, details, group_limits)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                            on conflict (municipality_id, catalog_valid_from, code) do update set position = excluded.position,
                                number = excluded.number, name = excluded.name, legal_basis = excluded.legal_basis,
                                appealable = excluded.appealable, free_choice = excluded.free_choice,
                                details = excluded.details, group_limits = excluded.group_limits""")
                    .params(c.municipalityId(), c.validFrom(), a.code(), i, a.number(), a.name(),
                            a.legalBasis().toArray(String[]::new), a.appealable(), a.freeChoice(), json(areaDetails(a)),
                            json(a.groupLimits()))
                    .update();
        }
        int position = 0;
        for (Area a : c.areas()) {
            for (Intervention in : a.interventions()) {
                jdbc.sql("""
                                insert into catalog_intervention (municipality_id, catalog_valid_from, code, area_code, position,
                                    name, fsiii_code, typical_score, typical_minutes, shifts, criteria, limits, details)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
                                on conflict (municipality_id, catalog_valid_from, code) do update set area_code = excluded.area_code,
                                    position = excluded.position, name = excluded.name, fsiii_code = excluded.fsiii_code,
                                    typical_score = excluded.typical_score, typical_minutes = excluded.typical_minutes,
                                    shifts = excluded.shifts, criteria = excluded.criteria, limits = excluded.limits,
                                    details = excluded.details""")
                        .params(c.municipalityId(), c.validFrom(), in.code(), a.code(), position++, in.name(),
                                in.fsiii() == null ? null : in.fsiii().uuid(), in.typicalScore(), in.typicalMinutes(),
                                in.shifts().stream().map(Shift::name).toArray(String[]::new),
                                in.criteria() == null ? null : json(in.criteria()), json(in.limits()), json(interventionDetails(in)))
                        .update();
            }
        }
        String[] interventionCodes = c.interventions().stream().map(Intervention::code).toArray(String[]::new);
        String[] areaCodes = c.areas().stream().map(Area::code).toArray(String[]::new);
        jdbc.sql("delete from catalog_intervention where municipality_id = ? and catalog_valid_from = ? and not (code = any (?))")
                .params(c.municipalityId(), c.validFrom(), interventionCodes).update();
        jdbc.sql("delete from catalog_area where municipality_id = ? and catalog_valid_from = ? and not (code = any (?))")
                .params(c.municipalityId(), c.validFrom(), areaCodes).update();
    }

    /** The area as in the file, without what has columns or tables of its own. */
    private static Map<String, Object> areaDetails(Area a) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliveredBy", a.deliveredBy());
        details.put("rehabilitationFirst", a.rehabilitationFirst());
        details.put("rehabilitationCourse", a.rehabilitationCourse());
        details.put("purpose", a.purpose());
        details.put("targetGroup", a.targetGroup());
        details.put("includes", a.includes());
        details.put("excludes", a.excludes());
        details.put("startDeadline", a.startDeadline());
        details.put("acuteStartSameDay", a.acuteStartSameDay());
        details.put("deliveryWindows", a.deliveryWindows());
        details.put("maxDuration", a.maxDuration());
        details.put("followUp", a.followUp());
        details.put("coPayment", a.coPayment());
        details.put("processing", a.processing());
        details.put("vumThemes", a.vumThemes());
        details.put("age", a.age());
        return details;
    }

    private static Map<String, Object> interventionDetails(Intervention in) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fsiii", in.fsiii());
        details.put("description", in.description());
        details.put("includes", in.includes());
        details.put("excludes", in.excludes());
        details.put("typicalFrequency", in.typicalFrequency());
        details.put("excludesInSameVisit", in.excludesInSameVisit());
        details.put("exclusionText", in.exclusionText());
        details.put("startDeadline", in.startDeadline());
        details.put("deliveryWindows", in.deliveryWindows());
        details.put("maxDuration", in.maxDuration());
        details.put("scope", in.scope());
        details.put("hoursPerMonth", in.hoursPerMonth());
        details.put("maxMonths", in.maxMonths());
        return details;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}

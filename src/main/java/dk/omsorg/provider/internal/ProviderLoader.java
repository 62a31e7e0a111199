package dk.omsorg.provider.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.Approval;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads every municipality's {@code providers.yaml} into the provider tables at start: the files are the
 * truth, the tables make them queryable. Providers and districts are matched by code, so their ids stay
 * stable (grants, switches, users and citizens refer to them); those no longer in a file stay as rows,
 * marked not listed, and are offered no more. Approvals and settings are replaced. An invalid file stops
 * the start, naming file, line, provider and field.
 */
@Component
@Order(2)
class ProviderLoader implements ApplicationRunner {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/providers.yaml";
    private static final Logger log = LoggerFactory.getLogger(ProviderLoader.class);

    private final JdbcClient jdbc;
    private final Catalogs catalogs;
    private final String location;
    private final boolean checkAreas;

    /**
     * @param catalogLocation where the catalogues come from: the repository's provider files are checked against the
     *                        repository's catalogues, not against fixtures a test swaps in
     */
    ProviderLoader(JdbcClient jdbc, Catalogs catalogs,
                   @Value("${omsorg.providers.location:" + DEFAULT_LOCATION + "}") String location,
                   @Value("${omsorg.catalog.location:" + CatalogDefaults.LOCATION + "}") String catalogLocation) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.location = location;
        this.checkAreas = !DEFAULT_LOCATION.equals(location) || CatalogDefaults.LOCATION.equals(catalogLocation);
        if (!checkAreas) {
            log.warn("Provider approvals are not checked against the catalogues at {}: they are not the catalogues "
                    + "the provider files at {} belong to", catalogLocation, location);
        }
    }

    /** The catalogue module's default location (its properties are internal to it). */
    static final class CatalogDefaults {
        static final String LOCATION = "classpath*:policy/*/catalog-*.yaml";
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
        List<ProviderPolicy> policies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                policies.add(ProviderFiles.read(file, this::areaCodes));
            } catch (ProviderFiles.ProviderFileException e) {
                problems.addAll(e.problems());
            }
        }
        Set<Integer> seen = new java.util.HashSet<>();
        for (ProviderPolicy p : policies) {
            if (!seen.add(p.municipalityId())) {
                problems.add(p.file() + ", field municipality: another providers.yaml is for the same municipality");
            } else if (jdbc.sql("select count(*) from municipality where id = ?").param(p.municipalityId())
                    .query(Integer.class).single() == 0) {
                problems.add(p.file() + ", field municipality: unknown municipality code " + p.municipalityId());
            }
        }
        if (!problems.isEmpty()) {
            throw new ProviderFiles.ProviderFileException(problems);
        }
        policies.forEach(this::load);
        log.info("Loaded providers from {} policy files", policies.size());
    }

    /** The area codes of every catalogue version of the municipality; empty when it has none. */
    private Set<String> areaCodes(int municipalityId) {
        if (!checkAreas) {
            return Set.of();
        }
        return catalogs.versions(municipalityId).stream().map(Catalog::areas).flatMap(List::stream)
                .map(Area::code).collect(Collectors.toSet());
    }

    void load(ProviderPolicy policy) {
        int municipality = policy.municipalityId();
        var s = policy.settings();
        jdbc.sql("""
                        insert into provider_settings (municipality_id, different_providers_per_area, switch_notice_months,
                            switch_on_first_of_month, switch_rule_text, personal_care_areas, source)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id) do update set
                            different_providers_per_area = excluded.different_providers_per_area,
                            switch_notice_months = excluded.switch_notice_months,
                            switch_on_first_of_month = excluded.switch_on_first_of_month,
                            switch_rule_text = excluded.switch_rule_text,
                            personal_care_areas = excluded.personal_care_areas, source = excluded.source""")
                .params(municipality, s.differentProvidersPerArea(), s.switchRule().noticeMonths(),
                        s.switchRule().onFirstOfMonth(), s.switchRule().text(),
                        s.personalCareAreas().toArray(String[]::new), s.source())
                .update();
        jdbc.sql("update district set listed = false where municipality_id = ?").param(municipality).update();
        for (District d : policy.districts()) {
            jdbc.sql("""
                            insert into district (municipality_id, code, name, listed) values (?, ?, ?, true)
                            on conflict (municipality_id, code) do update set name = excluded.name, listed = true""")
                    .params(municipality, d.code(), d.name()).update();
        }
        jdbc.sql("delete from provider_area_approval where provider_id in (select id from provider where municipality_id = ?)")
                .param(municipality).update();
        jdbc.sql("delete from provider_district_approval where municipality_id = ?").param(municipality).update();
        jdbc.sql("update provider set listed = false where municipality_id = ?").param(municipality).update();
        for (ProviderPolicy.Entry p : policy.providers()) {
            long id = jdbc.sql("""
                            insert into provider (municipality_id, code, name, cvr, kind, phone, email, address, listed)
                            values (?, ?, ?, ?, ?, ?, ?, ?, true)
                            on conflict (municipality_id, code) do update set name = excluded.name, cvr = excluded.cvr,
                                kind = excluded.kind, phone = excluded.phone, email = excluded.email,
                                address = excluded.address, listed = true
                            returning id""")
                    .params(municipality, p.code(), p.name(), p.cvr(), p.kind().name(), p.phone(), p.email(), p.address())
                    .query(Long.class).single();
            for (Approval a : p.areas()) {
                jdbc.sql("insert into provider_area_approval (provider_id, area_code, valid_from, valid_to) values (?, ?, ?, ?)")
                        .params(id, a.code(), a.validFrom(), a.validTo()).update();
            }
            for (Approval a : p.districts()) {
                jdbc.sql("""
                                insert into provider_district_approval (provider_id, municipality_id, district_code, valid_from, valid_to)
                                values (?, ?, ?, ?, ?)""")
                        .params(id, municipality, a.code(), a.validFrom(), a.validTo()).update();
            }
        }
    }
}

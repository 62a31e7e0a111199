package dk.omsorg.provider.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider files mirrored into the tables: stable ids, removed providers kept but not listed. */
@SpringBootTest
class ProviderTablesTest {

    @Autowired
    ProviderLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProviderTables tables;

    private Map<String, Object> ids() {
        return jdbc.sql("select code, id from provider where municipality_id = 253 order by code")
                .query((rs, n) -> Map.entry(rs.getString(1), (Object) rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void loadingAgainKeepsTheIdsAndAProviderLeftOutOfTheFileIsNoLongerListed() throws Exception {
        Map<String, Object> before = ids();
        assertThat(before).containsKeys("greve-hjemmeplejen", "solsikken-hjemmepleje", "kystens-hjemmeservice");
        ProviderPolicy greve = ProviderFiles.read(new ClassPathResource("policy/253-greve/providers.yaml"), m -> Set.of());
        try {
            loader.load(new ProviderPolicy(greve.file(), greve.settings(), greve.districts(),
                    List.of(greve.providers().get(0), greve.providers().get(1))));
            assertThat(ids()).isEqualTo(before);
            assertThat(tables.inMunicipality(253)).extracting(p -> p.name())
                    .containsExactly("Greve Kommune Hjemmeplejen", "Solsikken Hjemmepleje ApS");
            assertThat(tables.find((Long) before.get("kystens-hjemmeservice"))).as("kept for its grants and users").isPresent();
            assertThat(tables.approvals((Long) before.get("kystens-hjemmeservice")).areas()).isEmpty();
        } finally {
            loader.run(null);
        }
        assertThat(ids()).isEqualTo(before);
        assertThat(tables.inMunicipality(253)).hasSize(3);
        assertThat(tables.approvals((Long) before.get("kystens-hjemmeservice")).districts()).extracting(a -> a.code())
                .containsExactly("hundige", "karlslunde");
        assertThat(tables.settings(253).orElseThrow().switchRule().onFirstOfMonth()).isTrue();
        assertThat(tables.settings(561).orElseThrow().switchRule().onFirstOfMonth()).isFalse();
        assertThat(tables.districts(253)).hasSize(5);
    }

    @Test
    void theDemoProviderUsersBelongToTwoDifferentGreveProviders() {
        var users = jdbc.sql("select username, provider_id from app_user where username in ('leverandor-a', 'leverandor-b') order by username")
                .query((rs, n) -> rs.getLong(2)).list();
        assertThat(users).hasSize(2).doesNotHaveDuplicates();
        assertThat(tables.find(users.get(0)).orElseThrow().name()).isEqualTo("Solsikken Hjemmepleje ApS");
        assertThat(tables.find(users.get(1)).orElseThrow().name()).isEqualTo("Kystens Hjemmeservice ApS");
    }
}

package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogues are stored in PostgreSQL at start so they can be queried; the files stay the truth. */
@SpringBootTest(properties = {"omsorg.catalog.location=" + TestCatalogs.LOCATION, TestCatalogs.NO_PLACES})
class CatalogTablesTest {

    @Autowired
    CatalogTables tables;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void storeThisContextsCatalogues() {
        // another test context may have stored other files in the shared test database since
        tables.store();
    }

    @Test
    void everyVersionAreaAndInterventionIsARow() {
        assertThat(jdbc.sql("select version from catalog where municipality_id = 253 order by valid_from")
                .query(String.class).list()).containsExactly("Testkvalitetsstandard 2022", "Testkvalitetsstandard 2023");
        assertThat(jdbc.sql("select file from catalog where municipality_id = 756").query(String.class).single())
                .isEqualTo("756-ikast-brande/catalog-2024.yaml");
        assertThat(jdbc.sql("select code from catalog_area where municipality_id = 253 and catalog_valid_from = '2022-01-01' order by position")
                .query(String.class).list())
                .containsExactly("personlig-pleje", "praktisk-hjaelp", "madservice", "midlertidig-hjaelp", "rehabilitering");
        assertThat(jdbc.sql("select count(*) from catalog_intervention where municipality_id = 253 and catalog_valid_from = '2022-01-01'")
                .query(Integer.class).single()).isEqualTo(14);
    }

    @Test
    void theStructuredPartsAreQueryableJson() {
        // which interventions have a criterion on the retired state J1.1?
        List<String> onVaskeSig = jdbc.sql("""
                        select code from catalog_intervention, jsonb_array_elements(criteria -> 'all') c
                        where municipality_id = 253 and c -> 'state' ->> 'legacyCode' = 'J1.1'""")
                .query(String.class).list();
        assertThat(onVaskeSig).containsExactly("rh-bad");
        assertThat(jdbc.sql("""
                        select l ->> 'text' from catalog_intervention, jsonb_array_elements(limits) l
                        where municipality_id = 253 and catalog_valid_from = '2022-01-01' and code = 'hovedrengoering'""")
                .query(String.class).single()).isEqualTo("Max. 3 timer to gange årligt");
        assertThat(jdbc.sql("""
                        select details -> 'startDeadline' ->> 'amount' from catalog_area
                        where municipality_id = 253 and catalog_valid_from = '2022-01-01' and code = 'personlig-pleje'""")
                .query(String.class).single()).isEqualTo("3");
        assertThat(jdbc.sql("""
                        select fsiii_code::text from catalog_intervention
                        where municipality_id = 253 and catalog_valid_from = '2023-01-01' and code = 'rengoering'""")
                .query(String.class).single()).isEqualTo("43608562-e356-4990-8b96-e35128bbdc4f");
        assertThat(jdbc.sql("""
                        select shifts from catalog_intervention
                        where municipality_id = 253 and catalog_valid_from = '2022-01-01' and code = 'personlig-hygiejne'""")
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single()).containsExactly("DAY", "EVENING");
    }

    @Test
    void storingAgainChangesNothingAndWhatLeftTheFilesIsRemoved() {
        int before = jdbc.sql("select count(*) from catalog_intervention").query(Integer.class).single();
        jdbc.sql("""
                insert into catalog (municipality_id, valid_from, version, source, shape, file, loaded_at)
                values (561, '2020-01-01', 'Gammel', 'test', 'HOME_CARE', 'x', now())""").update();
        jdbc.sql("""
                insert into catalog_area (municipality_id, catalog_valid_from, code, position, name, legal_basis,
                    appealable, free_choice, details, group_limits)
                values (253, '2022-01-01', 'fjernet', 99, 'Fjernet', '{}', true, false, '{}', '[]')""").update();

        tables.store();

        assertThat(jdbc.sql("select count(*) from catalog_intervention").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from catalog where municipality_id = 561").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from catalog_area where code = 'fjernet'").query(Integer.class).single()).isZero();
    }
}

package dk.omsorg.catalog.internal;

import dk.omsorg.OmsorgApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses to start on an invalid catalogue file, saying where the problem is. */
class CatalogStartupTest {

    @TempDir
    Path dir;

    @Test
    void anInvalidCatalogueStopsTheStart() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("253-greve"));
        Files.writeString(folder.resolve("catalog-2022.yaml"), """
                municipality: 253
                version: "Test"
                validFrom: 2022-01-01
                source: "test"
                shape: HOME_CARE
                areas:
                  - code: praktisk-hjaelp
                    name: "Praktisk hjælp"
                    legalBasis: ["SEL § 83"]
                    interventions:
                      - code: indkoeb
                        name: "Indkøb"
                        criteria:
                          all:
                            - { state: J9.9, min: 2 }
                """);
        SpringApplicationBuilder app = new SpringApplicationBuilder(OmsorgApplication.class)
                .properties("omsorg.catalog.location=file:" + dir + "/*/catalog-*.yaml", "server.port=0",
                        "omsorg.database.embedded.data-directory=", "omsorg.demo-data=false");

        assertThatThrownBy(app::run)
                .rootCause()
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("253-greve/catalog-2022.yaml, line 15, entry 'indkoeb', "
                        + "field areas[0].interventions[0].criteria.all[0].state: 'J9.9' is not an FSIII functional-ability state");
    }
}

package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.catalog.GrantMeasure.Kind;
import dk.omsorg.catalog.GrantMeasure.Period;
import dk.omsorg.catalog.GrantMeasure.PoolUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An area's or intervention's {@code measure:} is read strictly, and Ikast-Brande's areas measure as seed 001 says. */
class CatalogMeasureTest {

    private static final String HEAD = """
            municipality: 253
            version: "Test"
            validFrom: 2022-01-01
            validTo: 2022-12-31
            source: "test"
            shape: SOCIAL
            areas:
              - code: merudgifter
                name: "Merudgifter"
                legalBasis: ["SEL § 100"]
            """;

    private final CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());

    @TempDir
    Path dir;

    @Test
    void anAreasMeasureAppliesToItsInterventionsUnlessOneStatesItsOwn() throws IOException {
        Catalog catalog = files.read(write("""
                    measure: { kind: AMOUNT, per: MONTH }
                    interventions:
                      - code: ydelse
                        name: "Merudgiftsydelse"
                      - code: ledsagelse
                        name: "Ledsagelse"
                        measure: { kind: POOL, unit: HOURS, per: MONTH, standard: 15 }
                      - code: stoette
                        name: "Støtte"
                        measure: { kind: TIME }
                """)).catalog();
        assertThat(catalog.intervention("ydelse").orElseThrow().measure())
                .isEqualTo(new GrantMeasure(Kind.AMOUNT, Period.MONTH, null, null, false));
        assertThat(catalog.intervention("ledsagelse").orElseThrow().measure())
                .isEqualTo(new GrantMeasure(Kind.POOL, Period.MONTH, PoolUnit.HOURS, 15, false));
        assertThat(catalog.intervention("stoette").orElseThrow().measure()).isEqualTo(GrantMeasure.TIME);
    }

    @Test
    void anAmountWithoutAPeriodIsRefusedAtItsField() {
        Resource file = write("""
                    interventions:
                      - code: ydelse
                        name: "Merudgiftsydelse"
                        measure: { kind: AMOUNT }
                """);
        assertThatThrownBy(() -> files.read(file)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("entry 'ydelse'")
                .hasMessageContaining("field areas[0].interventions[0].measure: AMOUNT needs per: MONTH or YEAR");
    }

    @Test
    void aPoolWithoutUnitAndAnUnknownKindAreRefused() {
        assertThatThrownBy(() -> files.read(write("""
                    measure: { kind: POOL, per: MONTH }
                    interventions:
                      - code: ydelse
                        name: "Ydelse"
                """))).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("field areas[0].measure: POOL needs unit: HOURS or DAYS");
        assertThatThrownBy(() -> files.read(write("""
                    interventions:
                      - code: ydelse
                        name: "Ydelse"
                        measure: { kind: MONEY }
                """))).isInstanceOf(CatalogFileException.class).hasMessageContaining("MONEY");
    }

    @Test
    void ikastBrandesAreasMeasureAsSeed001DescribesThem() {
        Catalog ikast = LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, files).stream()
                .map(CatalogFiles.Loaded::catalog).filter(c -> c.municipalityId() == 756).findFirst().orElseThrow();
        assertThat(measure(ikast, "merudgiftsydelse")).isEqualTo(new GrantMeasure(Kind.AMOUNT, Period.MONTH, null, null, false));
        assertThat(measure(ikast, "bpa-tilskud")).isEqualTo(new GrantMeasure(Kind.AMOUNT, Period.YEAR, null, null, false));
        assertThat(measure(ikast, "ledsagelse")).isEqualTo(new GrantMeasure(Kind.POOL, Period.MONTH, PoolUnit.HOURS, 15, false));
        assertThat(measure(ikast, "ledsagerudgifter")).isEqualTo(new GrantMeasure(Kind.AMOUNT, Period.YEAR, null, null, false));
        assertThat(measure(ikast, "afloesning-i-hjemmet").unit()).isEqualTo(PoolUnit.HOURS);
        assertThat(measure(ikast, "aflastning-uden-for-hjemmet"))
                .isEqualTo(new GrantMeasure(Kind.POOL, Period.TWELVE_MONTHS, PoolUnit.DAYS, null, false));
        assertThat(measure(ikast, "midlertidigt-ophold-i-botilbud").kind()).isEqualTo(Kind.PLACE);
        assertThat(measure(ikast, "laengerevarende-ophold-i-botilbud").kind()).isEqualTo(Kind.PLACE);
        assertThat(measure(ikast, "beskyttet-beskaeftigelsestilbud").daysPerWeek()).isTrue();
        assertThat(measure(ikast, "socialpaedagogisk-stoette-individuel")).isEqualTo(GrantMeasure.TIME);
        // Greve and Esbjerg measure in time, except their places (issue 19): dwellings and temporary/interval stays
        java.util.Set<String> places = java.util.Set.of("aeldre-handicapbolig", "plejebolig", "midlertidigt-ophold", "intervalophold");
        LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, files).stream().map(CatalogFiles.Loaded::catalog)
                .filter(c -> c.municipalityId() != 756)
                .forEach(c -> assertThat(c.interventions()).allSatisfy(i -> assertThat(i.measure())
                        .isEqualTo(places.contains(i.code()) ? new GrantMeasure(Kind.PLACE, null, null, null, false) : GrantMeasure.TIME)));
    }

    private static GrantMeasure measure(Catalog catalog, String code) {
        return catalog.intervention(code).orElseThrow().measure();
    }

    private int written;

    private Resource write(String areaRest) {
        try {
            Path folder = Files.createDirectories(dir.resolve("253-greve"));
            Path path = folder.resolve("catalog-" + (written++) + ".yaml");
            Files.writeString(path, HEAD + areaRest, StandardCharsets.UTF_8);
            return new FileSystemResource(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

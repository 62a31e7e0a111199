package dk.omsorg.catalog;

import dk.omsorg.catalog.internal.CatalogFiles;
import dk.omsorg.catalog.internal.FsiiiCodes;
import dk.omsorg.catalog.internal.LoadedCatalogs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The test catalogues under {@code src/test/resources/test-policy/} (Greve 2022 and 2023 after
 * seed 003, Ikast-Brande 2024 after seed 001), and FSIII codes the tests score.
 */
public final class TestCatalogs {

    public static final String LOCATION = "classpath*:test-policy/*/catalog-*.yaml";
    /** The test catalogues lack the place interventions places.yaml names; tests on them load no place files. */
    public static final String NO_PLACES = "omsorg.places.location=classpath*:no-place-files/*.yaml";

    public static final List<CatalogFiles.Loaded> LOADED = LoadedCatalogs.read(LOCATION, new CatalogFiles(FsiiiCodes.fromClasspath()));
    public static final Catalog GREVE_2022 = LOADED.get(0).catalog();
    public static final Catalog GREVE_2023 = LOADED.get(1).catalog();
    public static final Catalog IKAST_2024 = LOADED.get(2).catalog();

    // current functional-ability states
    public static final UUID KOMMUNIKATION = UUID.fromString("08267627-cf37-49e9-ae2a-4cafdca51ba0");
    public static final UUID KOGNITIVE_FUNKTIONER = UUID.fromString("d7687a4e-d848-4931-940e-8ef338eb3f85");
    public static final UUID HUKOMMELSE = UUID.fromString("a3ac7928-77c9-425c-a7f1-1248a3764d0a");          // J4.2
    public static final UUID INDKOEB = UUID.fromString("293bd85b-d9b4-4e2c-83d9-d3df32ce9d82");             // J2.4
    public static final UUID PERSONLIG_PLEJE = UUID.fromString("feb38b55-c2d7-4d57-99c2-93622eaa0025");
    public static final UUID LAVE_HUSLIGT_ARBEJDE = UUID.fromString("a7ac8429-513f-43cd-bc69-96a8d0e0f0ff"); // J2.1
    // retired functional-ability states
    public static final UUID VASKE_SIG = UUID.fromString("4d46bd94-9518-431c-82e8-ebb91bca307a");           // J1.1 → Personlig_pleje
    public static final UUID ANVENDE_KOMMUNIKATIONSUDSTYR = UUID.fromString("c8b28097-70b7-41d8-b91f-57aa68ddac51"); // J4.1 → Kommunikation

    private TestCatalogs() {
    }

    public static Intervention greve(String code) {
        return GREVE_2022.intervention(code).orElseThrow();
    }

    public static Area greveArea(String interventionCode) {
        return GREVE_2022.areaOf(interventionCode).orElseThrow();
    }

    public static ProposedGrant daily(String code, int times, Shift... shifts) {
        return grant(code, times, FrequencyUnit.DAY, 15, LocalDate.of(2022, 3, 1), null, shifts);
    }

    public static ProposedGrant weekly(String code, int times, Shift... shifts) {
        return grant(code, times, FrequencyUnit.WEEK, 15, LocalDate.of(2022, 3, 1), null, shifts);
    }

    public static ProposedGrant grant(String code, int times, FrequencyUnit per, int minutes, LocalDate start,
                                      LocalDate end, Shift... shifts) {
        Set<Shift> set = shifts.length == 0 ? Set.of() : EnumSet.copyOf(List.of(shifts));
        return new ProposedGrant(code, times, per, set, minutes, start, end);
    }
}

package dk.omsorg.catalog.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broken catalogue files are refused with a message that names the file, the line, the entry
 * (area or intervention code) and the field, so whoever maintains the file can fix it.
 */
class CatalogFileValidationTest {

    private static final String HEAD = """
            municipality: 253
            version: "Test"
            validFrom: 2022-01-01
            validTo: 2022-12-31
            source: "test"
            shape: HOME_CARE
            areas:
              - code: praktisk-hjaelp
                name: "Praktisk hjælp"
                legalBasis: ["SEL § 83"]
                interventions:
            """;

    private final CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());

    @TempDir
    Path dir;

    @Test
    void aMissingRequiredFieldNamesFileLineEntryAndField() {
        Resource file = write("catalog-missing.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                  - code: rengoering
                    shifts: [DAY]
                """));
        assertThatThrownBy(() -> files.read(file)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("253-greve/catalog-missing.yaml")
                .hasMessageContaining("line 14")
                .hasMessageContaining("entry 'rengoering'")
                .hasMessageContaining("field areas[0].interventions[1].name: is required");
    }

    @Test
    void anUnknownFsiiiCodeIsRefused() {
        Resource file = write("catalog-fsiii.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    criteria:
                      all:
                        - { state: J2.4, min: 2 }
                        - { atLeast: 1, of: [J4.2, J9.9], min: 2, max: 4 }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("253-greve/catalog-fsiii.yaml, line 17, entry 'indkoeb', field areas[0].interventions[0].criteria.all[1].of[1]")
                .hasMessageContaining("'J9.9' is not an FSIII functional-ability state");
    }

    @Test
    void aHealthConditionIsNotAStateAndAStateIsNotAnIntervention() {
        Resource file = write("catalog-kinds.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    fsiii: J2.4
                    criteria:
                      all:
                        - { state: I5.1, min: 2 }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("field areas[0].interventions[0].fsiii: 'J2.4' is not an FSIII intervention code (it is the functional-ability state Indkøb (J2.4))")
                .hasMessageContaining("field areas[0].interventions[0].criteria.all[0].state: 'I5.1' is not an FSIII functional-ability state (it is the health condition");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLineAndEntry() {
        Resource file = write("catalog-typo.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    limits:
                      - { max: 1, per: WEEK }
                      - { maks: 2, per: DAY }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("253-greve/catalog-typo.yaml, line 16, entry 'indkoeb', field areas[0].interventions[0].limits[1].maks")
                .hasMessageContaining("Unrecognized property \"maks\"");
    }

    @Test
    void aBadValueIsRefusedWithItsField() {
        Resource file = write("catalog-enum.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    limits:
                      - { max: 1, per: FORTNIGHT }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("line 15, entry 'indkoeb', field areas[0].interventions[0].limits[0].per");
    }

    @Test
    void referencesInExclusionsAndGroupLimitsMustResolveWithinTheFile() {
        Resource file = write("catalog-refs.yaml", HEAD + items("""
                  - code: morgenmad
                    name: "Morgenmad"
                    excludesInSameVisit: [frokost, bad]
                  - code: frokost
                    name: "Frokost"
                groupLimits:
                  - name: "Måltider"
                    interventions: [morgenmad, frokost, aftensmad]
                    max: 5
                    per: DAY
                    within:
                      - { interventions: [mellemmaaltid], max: 2 }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("line 14, entry 'morgenmad', field areas[0].interventions[0].excludesInSameVisit[1]: 'bad' is not an intervention code in this file")
                .hasMessageContaining("entry 'praktisk-hjaelp', field areas[0].groupLimits[0].interventions[2]: 'aftensmad' is not an intervention code in this file")
                .hasMessageContaining("field areas[0].groupLimits[0].within[0].interventions[0]: 'mellemmaaltid' is not an intervention code in this file")
                .satisfies(e -> assertThat(((CatalogFileException) e).problems()).hasSize(3));
    }

    @Test
    void scoresOutsideZeroToFourAndNonPositiveMaximaAreRefused() {
        Resource file = write("catalog-numbers.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    typicalScore: 5
                    criteria:
                      all:
                        - { state: J2.4, min: 3, max: 9 }
                    limits:
                      - { max: 0, per: WEEK }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("field areas[0].interventions[0].typicalScore: must be an FSIII score 0–4, not 5")
                .hasMessageContaining("field areas[0].interventions[0].criteria.all[0].max: must be an FSIII score 0–4, not 9")
                .hasMessageContaining("field areas[0].interventions[0].limits[0].max: must be positive, not 0");
    }

    @Test
    void aStartDeadlineHasExactlyOneKind() {
        Resource file = write("catalog-deadline.yaml", HEAD.replace("    interventions:\n", """
                    startDeadline: { workingDays: 3, days: 14, text: "senest …" }
                    interventions:
                """) + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    startDeadline: { text: "snarest" }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("line 11, entry 'praktisk-hjaelp', field areas[0].startDeadline: give exactly one of workingDays, days, weeks or sameDay (found 2)")
                .hasMessageContaining("entry 'indkoeb', field areas[0].interventions[0].startDeadline: give exactly one of");
    }

    @Test
    void codesAreUniqueInTheFile() {
        Resource file = write("catalog-dupes.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                  - code: indkoeb
                    name: "Indkøb igen"
                  - code: Rengøring
                    name: "Rengøring"
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("line 14, entry 'indkoeb', field areas[0].interventions[1].code: 'indkoeb' is used by another intervention in the file")
                .hasMessageContaining("field areas[0].interventions[2].code: 'Rengøring' may only contain a-z, 0-9 and -");
    }

    @Test
    void theMunicipalityMustMatchTheFolder() {
        Resource file = write("catalog-folder.yaml", HEAD.replace("municipality: 253", "municipality: 756") + items("""
                  - { code: indkoeb, name: "Indkøb" }
                """));
        assertThatThrownBy(() -> files.read(file))
                .hasMessageContaining("line 1, field municipality: is 756, but the file lies in the folder of municipality 253");
    }

    @Test
    void aSyntaxErrorNamesTheLine() {
        Resource file = write("catalog-syntax.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb
                """));
        assertThatThrownBy(() -> files.read(file)).hasMessageContaining("253-greve/catalog-syntax.yaml, line");
    }

    @Test
    void versionsOfOneMunicipalityMustNotOverlapAndEveryFilesProblemsAreReportedTogether() {
        Resource first = write("catalog-2022.yaml", HEAD + items("""
                  - { code: indkoeb, name: "Indkøb" }
                """));
        Resource second = write("catalog-2022b.yaml", HEAD.replace("validFrom: 2022-01-01", "validFrom: 2022-07-01")
                .replace("validTo: 2022-12-31", "validTo: null") + items("""
                  - { code: indkoeb, name: "Indkøb" }
                """));
        Resource broken = write("catalog-broken.yaml", HEAD + items("""
                  - { code: indkoeb }
                """));
        assertThatThrownBy(() -> files.readAll(List.of(first, second, broken)))
                .hasMessageContaining("Invalid catalogue files (2 problems)")
                .hasMessageContaining("253-greve/catalog-broken.yaml, line 12, entry 'indkoeb', field areas[0].interventions[0].name: is required")
                .hasMessageContaining("253-greve/catalog-2022b.yaml, line 3, field validFrom: version 'Test' (2022-07-01 to open) "
                        + "overlaps version 'Test' in 253-greve/catalog-2022.yaml (2022-01-01 to 2022-12-31)");
    }

    @Test
    void aValidFileReadsWithoutProblems() {
        Resource file = write("catalog-ok.yaml", HEAD + items("""
                  - code: indkoeb
                    name: "Indkøb"
                    fsiii: H1.7
                    criteria:
                      all:
                        - { state: J2.4, min: 2 }
                """));
        assertThat(files.read(file).catalog().intervention("indkoeb")).isPresent();
    }

    /** Indents a block to sit in the area's interventions list (and the area's fields). */
    @Test
    void anAgeConditionIsCheckedByField() {
        String area = """
                municipality: 253
                version: "Test"
                validFrom: 2022-01-01
                source: "test"
                shape: SOCIAL
                areas:
                  - code: merudgifter
                    name: "Merudgifter"
                    legalBasis: ["SEL § 100"]
                    age: { from: 18, until: PENSION, endOfMonth: true }
                    interventions:
                      - code: merudgiftsydelse
                        name: "Merudgiftsydelse"
                """;
        assertThatThrownBy(() -> files.read(write("catalog-age.yaml", area)))
                .hasMessageContaining("entry 'merudgifter', field areas[0].age.until: must be FOLKEPENSION or an age in years, not 'PENSION'")
                .hasMessageContaining("field areas[0].age.text: quote the standard's words on age");
        var loaded = files.read(write("catalog-age-ok.yaml", area.replace("until: PENSION", "until: FOLKEPENSION, text: \"mellem 18 år og folkepensionsalderen\"")));
        var age = loaded.catalog().area("merudgifter").orElseThrow().age();
        assertThat(age.from()).isEqualTo(18);
        assertThat(age.until().folkepension()).isTrue();
        assertThat(age.endOfMonth()).isTrue();
        assertThat(age.text()).isEqualTo("mellem 18 år og folkepensionsalderen");
    }

    private static String items(String block) {
        return block.lines().map(line -> line.isBlank() ? line : "    " + line).reduce("", (a, b) -> a + b + "\n");
    }

    private Resource write(String name, String yaml) {
        try {
            Path folder = Files.createDirectories(dir.resolve("253-greve"));
            Path path = folder.resolve(name);
            Files.writeString(path, yaml, StandardCharsets.UTF_8);
            return new FileSystemResource(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

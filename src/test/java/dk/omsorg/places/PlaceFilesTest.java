package dk.omsorg.places;

import dk.omsorg.places.internal.PlaceFiles.PlaceFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** places.yaml is read strictly at start: Greve's and Esbjerg's demo units, and errors by file, line and field. */
class PlaceFilesTest {

    static final IntFunction<Set<String>> DISTRICTS = m -> Map.of(
            253, Set.of("greve-nord", "greve-midt", "hundige", "karlslunde", "tune"),
            561, Set.of("esbjerg-midt", "esbjerg-nord", "esbjerg-oest", "ribe", "bramming")).getOrDefault(m, Set.of());

    @TempDir
    Path dir;

    @Test
    void greveAndEsbjergHaveUnitsOfEveryKindAndEsbjergsPriorityClassesInOrder() throws IOException {
        Map<Integer, PlacePolicy> all = PlacePolicies.read(
                new PathMatchingResourcePatternResolver().getResources(PlacePolicies.DEFAULT_LOCATION), DISTRICTS);
        assertThat(all).containsKeys(253, 561);
        for (int m : new int[]{253, 561}) {
            assertThat(all.get(m).units()).extracting(PlaceUnit::kind).containsExactlyInAnyOrder(PlaceKind.values());
            assertThat(all.get(m).prioritiesOn(LocalDate.of(2026, 1, 1)).orElseThrow().classes())
                    .extracting(PlacePolicy.PriorityClass::name)
                    .containsExactly("Akut", "Indlagte, der er færdigbehandlede", "Høj", "Middel", "Planlagt");
        }
        PlaceUnit nursingHome = all.get(561).units().stream().filter(u -> u.kind() == PlaceKind.NURSING_HOME).findFirst().orElseThrow();
        assertThat(nursingHome.waitingLists()).contains(WaitingList.NURSING_HOME_GENERAL, WaitingList.NURSING_HOME_SPECIFIC);
        assertThat(nursingHome.places()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemByLineAndField() throws IOException {
        String broken = """
                municipality: 561
                source: "test"
                units:
                  - code: a
                    name: "A"
                    kind: TEMPORARY_STAY
                    places: 0
                    district: esbjerg-midt
                    validFrom: 2024-01-01
                    waitingLists: [TEMPORARY_STAY]
                  - code: a
                    name: "B"
                    kind: INTERVAL_STAY
                    places: 3
                    district: aarhus
                    validFrom: 2024-01-01
                    waitingLists: [INTERVAL_STAY]
                temporaryStayPriorities:
                  - validFrom: 2024-01-01
                    source: "seed 002"
                    classes: [{ code: ACUTE, name: "Akut" }]
                  - validFrom: 2025-01-01
                    source: "seed 002"
                    classes: [{ code: ACUTE, name: "Akut" }]
                """;
        PlaceFileException e = catchThrowableOfType(PlaceFileException.class,
                () -> PlacePolicies.read(new Resource[]{file("places.yaml", broken)}, DISTRICTS));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("line 7").contains("field units[0].places"))
                .anySatisfy(p -> assertThat(p).contains("line 11").contains("field units[1].code").contains("used by another unit"))
                .anySatisfy(p -> assertThat(p).contains("line 15").contains("field units[1].district").contains("aarhus"))
                .anySatisfy(p -> assertThat(p).contains("field temporaryStayPriorities[1].validFrom").contains("overlaps"));
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLine() throws IOException {
        String unknown = """
                municipality: 561
                source: "test"
                units:
                  - code: a
                    name: "A"
                    kind: ELDERLY_HOUSING
                    places: 2
                    beds: 4
                    district: ribe
                    validFrom: 2024-01-01
                    waitingLists: [ELDERLY_HOUSING]
                """;
        PlaceFileException e = catchThrowableOfType(PlaceFileException.class,
                () -> PlacePolicies.read(new Resource[]{file("places.yaml", unknown)}, DISTRICTS));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p).contains("line 8").contains("beds"));
    }

    private Resource file(String name, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve("561-esbjerg"));
        return new FileSystemResource(Files.writeString(d.resolve(name), text));
    }
}

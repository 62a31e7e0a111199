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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The plejeboliggaranti's dates from places.yaml (serviceloven § 192 a), and its warning days read strictly. */
class GuaranteePolicyTest {

    @TempDir
    Path dir;

    @Test
    void greveOffersWithinTwoMonthsReadyTwoWeeksLaterAndWarnsFourteenDaysBefore() throws IOException {
        ListRule.Guarantee g = PlacePolicies.read(new PathMatchingResourcePatternResolver()
                        .getResources(PlacePolicies.DEFAULT_LOCATION), PlaceFilesTest.DISTRICTS)
                .get(253).list(WaitingList.NURSING_HOME_GENERAL).orElseThrow().guarantee();
        LocalDate listed = LocalDate.of(2026, 12, 31);
        assertThat(g.offerBy(listed)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(g.readyBy(listed)).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(g.warnFrom(listed)).isEqualTo(LocalDate.of(2027, 2, 14));
    }

    @Test
    void aGuaranteeWithoutWarningDaysIsRefusedByField() throws IOException {
        String file = """
                municipality: 561
                source: "test"
                units:
                  - code: p
                    name: "P"
                    kind: NURSING_HOME
                    places: 2
                    district: ribe
                    validFrom: 2024-01-01
                    waitingLists: [NURSING_HOME_GENERAL]
                lists:
                  - list: NURSING_HOME_GENERAL
                    interventions: [plejebolig]
                    guarantee: { offerWithinMonths: 2, moveInWithinWeeks: 2 }
                """;
        Path d = Files.createDirectories(dir.resolve("561-esbjerg"));
        Resource r = new FileSystemResource(Files.writeString(d.resolve("places.yaml"), file));
        PlaceFileException e = catchThrowableOfType(PlaceFileException.class,
                () -> PlacePolicies.read(new Resource[]{r}, PlaceFilesTest.DISTRICTS));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p).contains("lists[0].guarantee.warnDays"));
    }
}

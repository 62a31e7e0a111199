package dk.omsorg.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each municipality's shift times are policy data in its own folder (issue 13), read strictly at start. */
class ShiftTimesTest {

    @TempDir
    Path dir;

    private Resource file(String folder, String yaml) throws IOException {
        Path path = dir.resolve(folder).resolve("shifts.yaml");
        Files.createDirectories(path.getParent());
        Files.writeString(path, yaml);
        return new FileSystemResource(path);
    }

    @Test
    void everyMunicipalityHasItsShiftTimesInItsOwnPolicyFolder() {
        ShiftTimes times = new ShiftTimes(ShiftTimes.DEFAULT_LOCATION);
        for (int code : new int[] {253, 561, 756}) {
            assertThat(times.of(code)).as("municipality " + code)
                    .isEqualTo(new ShiftTimes.Times(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0)));
        }
        assertThat(times.of(999)).as("no file: the common split").isEqualTo(ShiftTimes.Times.STANDARD);
    }

    @Test
    void aMunicipalitysOwnTimesAreUsed() throws IOException {
        ShiftTimes times = new ShiftTimes(new Resource[] {file("101-x", """
                municipality: 101
                day: "06:30"
                evening: "14:30"
                night: "22:30"
                """)});
        assertThat(times.of(101).evening()).isEqualTo(LocalTime.of(14, 30));
    }

    @Test
    void shiftsOutOfOrderOrTimesNotWrittenAsHoursAndMinutesStopTheStartNamingFileLineAndField() throws IOException {
        Resource outOfOrder = file("101-x", """
                municipality: 101
                day: "07:00"
                evening: "06:00"
                night: "23:00"
                """);
        Resource badTime = file("102-y", """
                municipality: 102
                day: "7"
                evening: "15:00"
                night: "23:00"
                """);
        assertThatThrownBy(() -> new ShiftTimes(new Resource[] {outOfOrder, badTime}))
                .isInstanceOfSatisfying(ShiftTimes.ShiftTimesFileException.class, e -> assertThat(e.problems())
                        .containsExactly("101-x/shifts.yaml, line 3, field evening: the shifts must begin in the order day < evening < night",
                                "102-y/shifts.yaml, line 2, field day: is required as HH:MM, e.g. \"07:00\""));
    }

    @Test
    void twoFilesForOneMunicipalityAreRefused() throws IOException {
        String yaml = """
                municipality: 101
                day: "07:00"
                evening: "15:00"
                night: "23:00"
                """;
        Resource first = file("101-x", yaml);
        Resource second = file("101-copy", yaml);
        assertThatThrownBy(() -> new ShiftTimes(new Resource[] {first, second}))
                .hasMessageContaining("101-copy/shifts.yaml, line 1, field municipality: 101 already has its shift times");
    }
}

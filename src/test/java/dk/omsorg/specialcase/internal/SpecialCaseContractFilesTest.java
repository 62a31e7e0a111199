package dk.omsorg.specialcase.internal;

import dk.omsorg.specialcase.SpecialCaseContractPolicy;
import dk.omsorg.specialcase.internal.SpecialCaseContractFiles.SpecialCaseContractFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** special-case-contracts.yaml is read strictly: Greve's file as shipped, and a broken file with every problem. */
class SpecialCaseContractFilesTest {

    @TempDir
    Path dir;

    @Test
    void grevesFileAllowsTheCurrentMonthPlusOneAndNamesTheProvidersToCompareWith() {
        assertThat(SpecialCaseContractFiles.read(new ClassPathResource("policy/253-greve/special-case-contracts.yaml")))
                .containsExactly(new SpecialCaseContractPolicy(253, LocalDate.of(2022, 1, 1), null, 1, "indi-tid",
                        "greve-hjemmeplejen", "solsikken-hjemmepleje"));
    }

    @Test
    void aBrokenFileStopsTheStartWithFileLineAndField() throws IOException {
        Path file = dir.resolve("special-case-contracts.yaml");
        Files.writeString(file, """
                municipality: 253
                source: "test"
                rules:
                  - validFrom: 2022-01-01
                    rateGroup: indi-tid
                    municipalProvider: greve-hjemmeplejen
                  - validFrom: 2023-01-01
                    maxNoticeMonths: 1
                    rateGroup: indi-tid
                    municipalProvider: greve-hjemmeplejen
                    primaryPrivateProvider: solsikken-hjemmepleje
                """);
        var e = catchThrowableOfType(SpecialCaseContractFileException.class,
                () -> SpecialCaseContractFiles.read(new FileSystemResource(file)));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rules[0].maxNoticeMonths"))
                .anySatisfy(p -> assertThat(p).contains("rules[0].primaryPrivateProvider"));

        Files.writeString(file, "municipality: 253\nsource: x\nnoticeDays: 3\nrules: []\n");
        var unknown = catchThrowableOfType(SpecialCaseContractFileException.class,
                () -> SpecialCaseContractFiles.read(new FileSystemResource(file)));
        assertThat(unknown.problems().get(0)).contains("noticeDays");
    }
}

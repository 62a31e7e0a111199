package dk.omsorg.notice.internal;

import dk.omsorg.notice.NoticeKind;
import dk.omsorg.shared.DanishTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same-day phone time is each municipality's policy data (policy/<code>-<name>/notice.yaml, seed 002's 14.30),
 * with the day it applies from; a broken file stops the start naming file, line and field.
 */
class NoticeFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyMunicipalityHasSeed002sTimeInItsOwnFile() {
        NoticePolicies policies = new NoticePolicies(NoticePolicies.DEFAULT_LOCATION, Period.ofMonths(3));
        assertThat(policies.municipalities()).containsExactlyInAnyOrder(253, 561, 756);
        LocalDate today = LocalDate.now(DanishTime.ZONE);
        for (int municipality : policies.municipalities()) {
            assertThat(policies.sameDayPhone(municipality, today).phoneAfter()).isEqualTo(LocalTime.of(14, 30));
        }
    }

    @Test
    void aMunicipalitysOwnTimeAppliesFromItsDayAndDecidesWhatIsUrgent() {
        NoticePolicies policies = policies(file("253-greve", """
                municipality: 253
                source: "test"
                sameDayPhone:
                  - { phoneAfter: "12:00", validFrom: 2026-01-01 }
                  - { phoneAfter: "14:30", validFrom: 2022-01-01 }
                """));
        LocalDate before = LocalDate.of(2025, 12, 31);
        LocalDate after = LocalDate.of(2026, 3, 2);
        assertThat(policies.sameDayPhone(253, before).phoneAfter()).isEqualTo(LocalTime.of(14, 30));
        assertThat(policies.sameDayPhone(253, after).phoneAfter()).isEqualTo(LocalTime.of(12, 0));
        assertThat(policies.sameDayPhone(253, after).urgent(NoticeKind.NEW_GRANT, false, after,
                after.atTime(13, 0).atZone(DanishTime.ZONE))).isTrue();
        assertThat(policies.sameDayPhone(253, before).urgent(NoticeKind.NEW_GRANT, false, before,
                before.atTime(13, 0).atZone(DanishTime.ZONE))).isFalse();
        assertThatThrownBy(() -> policies.sameDayPhone(253, LocalDate.of(2021, 12, 31)))
                .hasMessageContaining("253-greve/notice.yaml has no same-day phone time in force on 2021-12-31");
        assertThatThrownBy(() -> policies.sameDayPhone(561, after)).hasMessageContaining("561 has no notice.yaml");
    }

    @Test
    void aBrokenFileIsRefusedWithFileLineAndFieldAllProblemsAtOnce() {
        Resource broken = file("561-esbjerg", """
                municipality: 561
                sameDayPhone:
                  - { phoneAfter: "14:30" }
                  - { phoneAfter: "15:00", validFrom: 2022-01-01 }
                  - { phoneAfter: "16:00", validFrom: 2022-01-01 }
                """);
        assertThatThrownBy(() -> policies(broken))
                .hasMessageContaining("Invalid notice files (3 problems)")
                .hasMessageContaining("561-esbjerg/notice.yaml, field source: must cite where the rule comes from")
                .hasMessageContaining("561-esbjerg/notice.yaml, line 3, field sameDayPhone[0].validFrom: is required")
                .hasMessageContaining("561-esbjerg/notice.yaml, line 5, field sameDayPhone[2].validFrom: another phone time already applies from 2022-01-01");
        assertThatThrownBy(() -> policies(file("756-ikast-brande", "municipality: 756\nsource: x\nphoneAfter: \"14:30\"\n")))
                .hasMessageContaining("756-ikast-brande/notice.yaml, line 3, field phoneAfter")
                .hasMessageContaining("Unrecognized property");
        assertThatThrownBy(() -> policies(file("756-ikast-brande", "municipality: 756\nsource: x\nsameDayPhone:\n  - { phoneAfter: \"2:30 pm\", validFrom: 2022-01-01 }\n")))
                .hasMessageContaining("756-ikast-brande/notice.yaml, line 4, field sameDayPhone[0].phoneAfter");
    }

    @Test
    void twoFilesForOneMunicipalityAreRefused() {
        Resource one = file("253-greve", "municipality: 253\nsource: x\nsameDayPhone: [{ phoneAfter: \"14:30\", validFrom: 2022-01-01 }]\n");
        Resource two = file("253-greve-kopi", "municipality: 253\nsource: x\nsameDayPhone: [{ phoneAfter: \"14:00\", validFrom: 2022-01-01 }]\n");
        assertThatThrownBy(() -> new NoticePolicies(new Resource[]{one, two}, Period.ofMonths(3)))
                .hasMessageContaining("253-greve-kopi/notice.yaml, field municipality: 253 already has notice rules in 253-greve/notice.yaml");
    }

    private static NoticePolicies policies(Resource file) {
        return new NoticePolicies(new Resource[]{file}, Period.ofMonths(3));
    }

    private Resource file(String folder, String yaml) {
        try {
            Path path = Files.createDirectories(dir.resolve(folder)).resolve("notice.yaml");
            Files.writeString(path, yaml, StandardCharsets.UTF_8);
            return new FileSystemResource(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dk.omsorg.inquiry;

import dk.omsorg.inquiry.internal.ProcessingDeadlineFiles;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingDeadlineFilesTest {

    @Test
    void everyMunicipalityFileInTheRepositoryIsValid() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:policy/*/processing-deadlines.yaml");
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Resource file : files) {
            assertThat(ProcessingDeadlineFiles.read(file).versions()).isNotEmpty();
        }
    }

    @Test
    void ikastBrandeFileHoldsTheSeedsDeadlines() throws Exception {
        Resource file = new PathMatchingResourcePatternResolver()
                .getResource("classpath:policy/756-ikast-brande/processing-deadlines.yaml");
        ProcessingDeadlineTable table = ProcessingDeadlineFiles.read(file);
        LocalDate received = LocalDate.of(2025, 1, 6);
        assertThat(table.deadlineFor("SEL § 85", received).deadline()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(table.deadlineFor("SEL § 100", received).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(table.deadlineFor("SEL § 108", received).deadline()).isEqualTo(LocalDate.of(2025, 4, 28));
    }

    @Test
    void everyMunicipalityDecidesAcuteInquiriesTheSameDay() throws Exception {
        LocalDate received = LocalDate.of(2025, 1, 6);
        for (String folder : java.util.List.of("253-greve", "561-esbjerg", "756-ikast-brande")) {
            ProcessingDeadlineTable table = ProcessingDeadlineFiles.read(new PathMatchingResourcePatternResolver()
                    .getResource("classpath:policy/" + folder + "/processing-deadlines.yaml"));
            String basis = table.versions().get(0).weeksByLegalBasis().keySet().iterator().next();
            var acute = table.deadlineFor(basis, received, Priority.ACUTE);
            assertThat(acute.deadline()).as(folder).isEqualTo(received);
            assertThat(acute.acute().text()).as(folder).isNotBlank();
        }
        ProcessingDeadlineTable ikast = ProcessingDeadlineFiles.read(new PathMatchingResourcePatternResolver()
                .getResource("classpath:policy/756-ikast-brande/processing-deadlines.yaml"));
        assertThat(ikast.deadlineFor("SEL § 108", received, Priority.ACUTE).acute().text()).contains("med det samme");
        assertThat(ikast.deadlineFor("SEL § 108", received, Priority.HIGH).deadline()).isEqualTo(LocalDate.of(2025, 4, 28));
    }

    @Test
    void anAcuteDeadlineBeforeTheDayOfReceiptIsRejected() {
        Resource file = yaml("acute.yaml", """
                municipality: 756
                versions:
                  - label: x
                    validFrom: 2024-01-01
                    source: test
                    defaultWeeks: 8
                    acute: { days: -1, text: "straks" }
                    legalBases:
                      - { legalBasis: "SEL § 85" }
                """);
        assertThatThrownBy(() -> ProcessingDeadlineFiles.read(file))
                .hasMessageContaining("acute.yaml").hasMessageContaining("versions[0].acute.days");
    }

    @Test
    void aMalformedFileIsRejectedNamingFileLineAndField() {
        Resource file = yaml("broken.yaml", """
                municipality: 756
                versions:
                  - label: x
                    validFrom: not-a-date
                """);
        assertThatThrownBy(() -> ProcessingDeadlineFiles.read(file))
                .hasMessageContaining("broken.yaml").hasMessageContaining("line 4").hasMessageContaining("validFrom");
    }

    @Test
    void aRuleBreakIsRejectedNamingTheField() {
        Resource file = yaml("zero.yaml", """
                municipality: 756
                versions:
                  - label: x
                    validFrom: 2024-01-01
                    source: test
                    defaultWeeks: 8
                    legalBases:
                      - { legalBasis: "SEL § 85", weeks: 0 }
                """);
        assertThatThrownBy(() -> ProcessingDeadlineFiles.read(file))
                .hasMessageContaining("zero.yaml").hasMessageContaining("versions[0].legalBases[0].weeks");
    }

    @Test
    void anUnknownFieldIsRejected() {
        Resource file = yaml("typo.yaml", """
                municipality: 756
                versions:
                  - label: x
                    validFrom: 2024-01-01
                    defaultWeek: 8
                """);
        assertThatThrownBy(() -> ProcessingDeadlineFiles.read(file))
                .hasMessageContaining("typo.yaml").hasMessageContaining("defaultWeek");
    }

    private static Resource yaml(String name, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}

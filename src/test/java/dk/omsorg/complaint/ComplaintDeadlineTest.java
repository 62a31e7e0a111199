package dk.omsorg.complaint;

import dk.omsorg.complaint.ComplaintDeadlineRule.LetterChannel;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complaint deadline from the national reference file: digital post, paper post, weekends and Easter. */
class ComplaintDeadlineTest {

    final ComplaintDeadlineRule rule = new ComplaintDeadlines().on(LocalDate.of(2025, 4, 16));

    @Test
    void theReferenceFileHoldsTheLawsWeeksAndWeekdays() {
        assertThat(rule.complaintWeeks()).isEqualTo(4);
        assertThat(rule.paperPostWeekdays()).isEqualTo(6);
        assertThat(rule.reconsiderationWeeks()).isEqualTo(4);
    }

    @Test
    void byDigitalPostTheCitizenGetsTheDecisionOnTheLettersDate() {
        // Friday 7 March 2025: received the same day, 4 weeks later is Friday 4 April
        LocalDate friday = LocalDate.of(2025, 3, 7);
        assertThat(rule.received(friday, LetterChannel.DIGITAL)).isEqualTo(friday);
        assertThat(rule.deadline(friday, LetterChannel.DIGITAL)).isEqualTo(LocalDate.of(2025, 4, 4));
    }

    @Test
    void byPaperPostSixWeekdaysLaterSkippingTheWeekend() {
        // Friday 7 March: Mon 10 … Fri 14 are five weekdays, Monday 17 the sixth; + 4 weeks = Monday 14 April
        LocalDate friday = LocalDate.of(2025, 3, 7);
        assertThat(rule.received(friday, LetterChannel.PAPER)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(rule.deadline(friday, LetterChannel.PAPER)).isEqualTo(LocalDate.of(2025, 4, 14));
    }

    @Test
    void aPaperLetterDatedTheWednesdayBeforeEasterSkipsTheEasterHolidays() {
        // Wednesday 16 April 2025; Skærtorsdag 17, Langfredag 18, the weekend, 2. påskedag 21 are no weekdays:
        // Tue 22, Wed 23, Thu 24, Fri 25, Mon 28, Tue 29 = the sixth; + 4 weeks = Tuesday 27 May
        LocalDate wednesday = LocalDate.of(2025, 4, 16);
        assertThat(rule.received(wednesday, LetterChannel.PAPER)).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(rule.deadline(wednesday, LetterChannel.PAPER)).isEqualTo(LocalDate.of(2025, 5, 27));
        // by digital post the same letter: Wednesday 14 May
        assertThat(rule.deadline(wednesday, LetterChannel.DIGITAL)).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void aDeadlineOnAHolidayRunsToTheNextWeekday() {
        // digital letter Thursday 27 March 2025 + 4 weeks = Thursday 24 April, a weekday: stays
        assertThat(rule.deadline(LocalDate.of(2025, 3, 27), LetterChannel.DIGITAL)).isEqualTo(LocalDate.of(2025, 4, 24));
        // digital letter Monday 24 March 2025 + 4 weeks = 2. påskedag 21 April: runs to Tuesday 22 April
        assertThat(rule.deadline(LocalDate.of(2025, 3, 24), LetterChannel.DIGITAL)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void aBrokenFileIsRefusedWithLineAndField() {
        String yaml = """
                rules:
                  - validFrom: 2000-01-01
                    source: "lov"
                    complaintWeeks: 0
                    paperPostWeekdays: 6
                    deadlineToWeekday: true
                    reconsiderationWeeks: 4
                """;
        assertThatThrownBy(() -> ComplaintDeadlines.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8),
                "complaint-deadlines.yaml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4").hasMessageContaining("rules[0].complaintWeeks");
    }
}

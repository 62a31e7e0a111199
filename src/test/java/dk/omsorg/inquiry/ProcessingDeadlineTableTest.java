package dk.omsorg.inquiry;

import dk.omsorg.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingDeadlineTableTest {

    private static final LocalDate JAN_6_2025 = LocalDate.of(2025, 1, 6);

    private final ProcessingDeadlineTable ikastBrande = new ProcessingDeadlineTable(756, List.of(
            new ProcessingDeadlineTable.Version("2024", LocalDate.of(2024, 1, 1), null, "seed 001",
                    Map.of("SEL § 85", 8, "SEL § 100", 12, "SEL § 96", 16, "SEL § 107", 16, "SEL § 108", 16))));

    @Test
    void standardDeadlineIsEightWeeksFromReceipt() {
        assertThat(ikastBrande.deadlineFor("SEL § 85", JAN_6_2025).deadline()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void additionalCostsAllowanceHasTwelveWeeks() {
        assertThat(ikastBrande.deadlineFor("SEL § 100", JAN_6_2025).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void personalAssistanceAndHousingHaveSixteenWeeks() {
        for (String basis : List.of("SEL § 96", "SEL § 107", "SEL § 108")) {
            var deadline = ikastBrande.deadlineFor(basis, JAN_6_2025);
            assertThat(deadline.deadline()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(deadline.weeks()).isEqualTo(16);
        }
    }

    @Test
    void theVersionInForceOnTheDayOfReceiptDecides() {
        var table = new ProcessingDeadlineTable(756, List.of(
                new ProcessingDeadlineTable.Version("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "x",
                        Map.of("SEL § 100", 8)),
                new ProcessingDeadlineTable.Version("2025", LocalDate.of(2025, 1, 1), null, "y",
                        Map.of("SEL § 100", 12))));
        assertThat(table.deadlineFor("SEL § 100", LocalDate.of(2024, 12, 31)).versionLabel()).isEqualTo("2024");
        assertThat(table.deadlineFor("SEL § 100", LocalDate.of(2024, 12, 31)).weeks()).isEqualTo(8);
        assertThat(table.deadlineFor("SEL § 100", LocalDate.of(2025, 1, 1)).weeks()).isEqualTo(12);
    }

    @Test
    void noVersionInForceIsAnError() {
        assertThatThrownBy(() -> ikastBrande.deadlineFor("SEL § 85", LocalDate.of(2023, 12, 31)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("inquiry.noDeadlineTable"));
    }

    @Test
    void unknownLegalBasisIsAnError() {
        assertThatThrownBy(() -> ikastBrande.deadlineFor("SEL § 999", JAN_6_2025))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("legalBasis"));
    }

    @Test
    void overlappingVersionsAreRefused() {
        assertThatThrownBy(() -> new ProcessingDeadlineTable(756, List.of(
                new ProcessingDeadlineTable.Version("a", LocalDate.of(2024, 1, 1), null, "x", Map.of("SEL § 85", 8)),
                new ProcessingDeadlineTable.Version("b", LocalDate.of(2025, 1, 1), null, "y", Map.of("SEL § 85", 8)))))
                .hasMessageContaining("overlap");
    }

    @Test
    void aVersionCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ProcessingDeadlineTable.Version("a", LocalDate.of(2024, 1, 1),
                LocalDate.of(2023, 1, 1), "x", Map.of()))
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void urgencyMarksOverdueAndDueWithinSevenDays() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(DeadlineUrgency.of(LocalDate.of(2025, 2, 28), today)).isEqualTo(DeadlineUrgency.OVERDUE);
        assertThat(DeadlineUrgency.of(today, today)).isEqualTo(DeadlineUrgency.DUE_WITHIN_7_DAYS);
        assertThat(DeadlineUrgency.of(LocalDate.of(2025, 3, 8), today)).isEqualTo(DeadlineUrgency.DUE_WITHIN_7_DAYS);
        assertThat(DeadlineUrgency.of(LocalDate.of(2025, 3, 9), today)).isEqualTo(DeadlineUrgency.ON_TRACK);
    }
}

package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.AgeCondition;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.internal.FolkepensionAgeFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Age conditions of seed 001's social area, from the birth date in the CPR number. */
class AgePolicyTest {

    private static final AgePolicy POLICY = new AgePolicy(FolkepensionAgeFile.fromClasspath());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Intervention ALLOWANCE = new Intervention("merudgiftsydelse", "Merudgiftsydelse", null, null,
            List.of(), List.of(), null, null, null, List.of(), null, List.of(), List.of(), null, null, List.of(), null,
            null, null, null);
    private static final AgeCondition BETWEEN_18_AND_PENSION = new AgeCondition(18, AgeCondition.Limit.FOLKEPENSION,
            null, true, "Borgere mellem 18 år og folkepensionsalderen");
    private static final AgeCondition FIRST_BEFORE_PENSION = new AgeCondition(18, null, AgeCondition.Limit.FOLKEPENSION,
            false, "Personer, der er bevilget ledsagelse før folkepensionsalderen, bevarer ordningen");

    private static ProposedGrant grant(LocalDate start) {
        return new ProposedGrant("merudgiftsydelse", 1, FrequencyUnit.WEEK, Set.of(), 60, start, null);
    }

    @Test
    void underEighteenOnTheStartIsRefusedQuotingTheStandard() {
        LocalDate born = LocalDate.of(2009, 3, 1);
        Finding f = POLICY.check(ALLOWANCE, BETWEEN_18_AND_PENSION, born, TODAY, grant(TODAY), false).finding().orElseThrow();
        assertThat(f.rule()).isEqualTo(FindingRule.AGE);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("Merudgiftsydelse kan først bevilges fra det fyldte 18. år; borgeren fylder 18 år den 01.03.2027.");
        assertThat(f.quote()).isEqualTo("Borgere mellem 18 år og folkepensionsalderen");
        // from the 18th birthday it can
        assertThat(POLICY.check(ALLOWANCE, BETWEEN_18_AND_PENSION, born, TODAY, grant(LocalDate.of(2027, 3, 1)), false)
                .finding()).isEmpty();
    }

    @Test
    void atTheFolkepensionAgeHelpThatEndsThereCannotStart() {
        LocalDate born = LocalDate.of(1959, 5, 20);   // 67 on 20.05.2026
        Finding f = POLICY.check(ALLOWANCE, BETWEEN_18_AND_PENSION, born, TODAY, grant(TODAY), false).finding().orElseThrow();
        assertThat(f.message()).contains("kun bevilges til borgere under folkepensionsalderen", "20.05.2026");
    }

    @Test
    void helpThatEndsAtTheFolkepensionAgeEndsTheDayBeforeOrAtTheEndOfThatMonth() {
        LocalDate born = LocalDate.of(1960, 3, 10);   // 67 on 10.03.2027
        assertThat(POLICY.lastDay(BETWEEN_18_AND_PENSION, born)).isEqualTo(LocalDate.of(2027, 3, 31));
        AgeCondition dayBefore = new AgeCondition(null, AgeCondition.Limit.FOLKEPENSION, null, false, "under folkepensionsalderen");
        assertThat(POLICY.lastDay(dayBefore, born)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(POLICY.lastDay(dayBefore, LocalDate.of(1963, 7, 1))).as("68 for born 1963").isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(AgePolicy.endReason(dayBefore)).isEqualTo("da du når folkepensionsalderen");
        assertThat(POLICY.lastDay(FIRST_BEFORE_PENSION, born)).as("continues after").isNull();
    }

    @Test
    void aFirstGrantOnlyBeforeTheFolkepensionAgeThenItContinues() {
        LocalDate born = LocalDate.of(1958, 1, 2);   // 67 on 02.01.2025
        Finding f = POLICY.check(ALLOWANCE, FIRST_BEFORE_PENSION, born, TODAY, grant(TODAY), false).finding().orElseThrow();
        assertThat(f.message()).contains("kan kun bevilges første gang, før borgeren når folkepensionsalderen",
                "02.01.2025", "en ordning bevilget før fortsætter");
        assertThat(POLICY.check(ALLOWANCE, FIRST_BEFORE_PENSION, born, TODAY, grant(TODAY), true).finding())
                .as("a grant made before continues").isEmpty();
        assertThat(POLICY.check(ALLOWANCE, FIRST_BEFORE_PENSION, born, LocalDate.of(2024, 12, 1), grant(TODAY), false)
                .finding()).as("decided before the birthday").isEmpty();
    }

    @Test
    void withoutACondition_orABirthDate_nothingIsChecked() {
        assertThat(POLICY.check(ALLOWANCE, null, LocalDate.of(2015, 1, 1), TODAY, grant(TODAY), false).finding()).isEmpty();
        assertThat(POLICY.check(ALLOWANCE, BETWEEN_18_AND_PENSION, null, TODAY, grant(TODAY), false).finding()).isEmpty();
    }
}

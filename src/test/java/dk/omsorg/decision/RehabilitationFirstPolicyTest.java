package dk.omsorg.decision;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dk.omsorg.catalog.Shift.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003: a § 83 a course is proposed before permanent § 83 help. */
class RehabilitationFirstPolicyTest {

    private static final Catalog GREVE = TestCatalogs.GREVE_2022;

    private static Area areaWithRule() {
        return GREVE.areas().stream().filter(Area::rehabilitationFirst).findFirst().orElseThrow();
    }

    private static ProposedGrant grant(Intervention intervention, java.time.LocalDate end) {
        return new ProposedGrant(intervention.code(), 1, FrequencyUnit.DAY, Set.of(DAY), 20, Grants.START, end);
    }

    @Test
    void permanentHelpWithoutACourseIsAWarningThatProposesOne() {
        Area area = areaWithRule();
        Intervention help = area.interventions().get(0);

        PolicyResult result = RehabilitationFirstPolicy.check(GREVE, area, help, grant(help, null), false);

        Finding finding = result.finding().orElseThrow();
        assertThat(finding.rule()).isEqualTo(FindingRule.REHABILITATION_FIRST);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        GREVE.areas().stream().filter(a -> a.rehabilitationCourse() != null)
                .forEach(course -> assertThat(finding.message()).contains(course.name()));
        assertThat(finding.quote()).isNotBlank();
    }

    @Test
    void temporaryHelpOrHelpAfterACourseIsNotAFinding() {
        Area area = areaWithRule();
        Intervention help = area.interventions().get(0);

        assertThat(RehabilitationFirstPolicy.check(GREVE, area, help, grant(help, Grants.START.plusMonths(2)), false))
                .isEqualTo(PolicyResult.allowed());
        assertThat(RehabilitationFirstPolicy.check(GREVE, area, help, grant(help, null), true))
                .isEqualTo(PolicyResult.allowed());
    }

    @Test
    void anAreaWithoutTheRuleIsNotAFinding() {
        Area area = GREVE.areas().stream().filter(a -> !a.rehabilitationFirst()).findFirst().orElseThrow();
        Intervention help = area.interventions().get(0);
        assertThat(RehabilitationFirstPolicy.check(GREVE, area, help, grant(help, null), false))
                .isEqualTo(PolicyResult.allowed());
    }

    @Test
    void theQuoteIsTheAreasOwnSentenceAboutRehabilitation() {
        Area greve = dk.omsorg.catalog.GreveCatalogTest.CATALOG.area("personlig-pleje").orElseThrow();
        assertThat(RehabilitationFirstPolicy.quote(greve)).isEqualTo("Der skal altid være foretaget vurdering af "
                + "muligheden for at opnå højere funktionsniveau med en rehabiliterende indsats, før der bliver visiteret "
                + "hjælp efter § 83 stk. 1.");
    }
}

package dk.omsorg.klgateway.internal;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.klgateway.internal.ReportFacts.Assessed;
import dk.omsorg.klgateway.internal.ReportFacts.Delivered;
import dk.omsorg.klgateway.internal.ReportFacts.FollowedUp;
import dk.omsorg.klgateway.internal.ReportFacts.Granted;
import dk.omsorg.klgateway.internal.ReportFacts.Scored;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder's choices, without Spring: what is left out and how an ended grant reads. */
class DeliveryReportBuilderTest {

    static final UUID INDKOEB = UUID.fromString("293bd85b-d9b4-4e2c-83d9-d3df32ce9d82");
    static final UUID HUKOMMELSE = UUID.fromString("a3ac7928-77c9-425c-a7f1-1248a3764d0a");
    static final UUID H2_5 = UUID.fromString("2912752c-2e9e-4702-8787-b45f73ff5b05");
    static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));

    final DeliveryReportBuilder builder = new DeliveryReportBuilder(FsiiiCatalog.fromClasspath(), new FsiiiInterventions());

    @Test
    void aStateFoundNotRelevantIsNoConditionAndAnExpectedLevelIsAGoal() {
        ReportFacts facts = facts(List.of(new Scored(INDKOEB, 2, 1), new Scored(HUKOMMELSE, 9, null)), List.of(),
                List.of(), List.of());

        DeliveryReportBuilder.Report report = build(facts);

        assertThat(report.counts().conditions()).isEqualTo(1);
        assertThat(report.counts().goals()).isEqualTo(1);
        assertThat(report.bundle().getEntry()).extracting(e -> e.getResource()).filteredOn(Condition.class::isInstance)
                .singleElement().satisfies(c -> assertThat(((Condition) c).getCode().getCodingFirstRep().getCode())
                        .isEqualTo(INDKOEB.toString()));
    }

    @Test
    void aGrantEndedInThePeriodIsCompletedWithItsEnd() {
        Granted ended = new Granted(UUID.randomUUID(), "rh-bad", "RH Bad", H2_5, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 15), Set.of());

        CarePlan plan = (CarePlan) build(facts(List.of(), List.of(ended), List.of(), List.of())).bundle()
                .getEntry().get(1).getResource();

        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.COMPLETED);
        assertThat(plan.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-10-15");
        assertThat(plan.getActivityFirstRep().getDetail().getCode().getCodingFirstRep().getDisplay())
                .isEqualTo("RH Personlig hygiejne");
    }

    @Test
    void theInterventionGivesTheConditionsOfTheStatesItAddressesAsItsReason() {
        Granted shopping = new Granted(UUID.randomUUID(), "indkoeb", "Indkøb", H2_5, LocalDate.of(2025, 9, 1), null,
                Set.of(INDKOEB, HUKOMMELSE));   // Hukommelse scored 9: no condition, so no reason
        ReportFacts facts = facts(List.of(new Scored(INDKOEB, 2, null), new Scored(HUKOMMELSE, 9, null)),
                List.of(shopping), List.of(new Delivered(1, shopping.grantKey(), LocalDate.of(2025, 10, 2),
                        LocalTime.of(8, 0))), List.of());

        Bundle bundle = build(facts).bundle();

        String condition = bundle.getEntry().get(1).getFullUrl();
        CarePlan plan = (CarePlan) bundle.getEntry().get(2).getResource();
        assertThat(plan.getActivityFirstRep().getDetail().getReasonReference()).extracting(r -> r.getReference())
                .containsExactly(condition);
        assertThat(((org.hl7.fhir.r4.model.Procedure) bundle.getEntry().get(3).getResource()).getReasonReference())
                .extracting(r -> r.getReference()).containsExactly(condition);
    }

    @Test
    void visitsAndFollowUpsOfGrantsNotReportedAreLeftOut() {
        UUID unknownGrant = UUID.randomUUID();   // e.g. a grant whose intervention has no FSIII code
        ReportFacts facts = facts(List.of(), List.of(),
                List.of(new Delivered(1, unknownGrant, LocalDate.of(2025, 10, 2), LocalTime.of(8, 0))),
                List.of(new FollowedUp(1, unknownGrant, LocalDate.of(2025, 10, 3), "CONTINUE")));

        DeliveryReportBuilder.Report report = build(facts);

        assertThat(report.bundle().getEntry()).hasSize(1);   // the citizen only
        assertThat(report.counts().completed() + report.counts().followUps()).isZero();
    }

    @Test
    void theSameFactsGiveTheSameIdsAndTheBundleParsesBack() {
        ReportFacts facts = facts(List.of(new Scored(INDKOEB, 3, 2)), List.of(), List.of(), List.of());
        FhirContext fhir = FhirContext.forR4Cached();

        String first = fhir.newJsonParser().encodeResourceToString(build(facts).bundle());
        String second = fhir.newJsonParser().encodeResourceToString(build(facts).bundle());

        assertThat(first).isEqualTo(second);
        assertThat(fhir.newJsonParser().parseResource(Bundle.class, first).getEntry()).hasSize(3);
    }

    private DeliveryReportBuilder.Report build(ReportFacts facts) {
        return builder.build(facts, 253, "999000000000253", OCTOBER, Instant.parse("2025-11-01T06:00:00Z"));
    }

    private static ReportFacts facts(List<Scored> scores, List<Granted> grants, List<Delivered> visits,
                                     List<FollowedUp> followUps) {
        Optional<Assessed> assessed = scores.isEmpty() ? Optional.empty()
                : Optional.of(new Assessed(7, LocalDate.of(2025, 9, 20), scores, List.of()));
        return new ReportFacts(42, "0101401234", assessed, grants, visits, followUps);
    }
}

package dk.omsorg.klgateway.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.assessment.ScaleStep;
import dk.omsorg.followup.FollowUpResult;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.klgateway.internal.ReportFacts.Delivered;
import dk.omsorg.klgateway.internal.ReportFacts.FollowedUp;
import dk.omsorg.klgateway.internal.ReportFacts.Granted;
import dk.omsorg.klgateway.internal.ReportFacts.Scored;
import dk.omsorg.shared.DanishTime;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import static dk.omsorg.klgateway.internal.KlGatewayCodes.*;

/**
 * One citizen's delivery report as KL Gateway's {@code KLGatewayCareDeliveryReport} (deliveryReport.fsh): a
 * {@code collection} Bundle with the citizen, the FSIII conditions and goals of the latest assessment, the planned
 * interventions (grants), the completed interventions (delivered visits) and the follow-up results. Every resource
 * has a stable id derived from what it reports (a grant keeps its grant key), so a later report of the same thing
 * updates it at KL Gateway rather than adding a new one; the bundle refers by {@code urn:uuid}.
 */
public final class DeliveryReportBuilder {

    private final FsiiiCatalog fsiii;
    private final FsiiiInterventions interventions;

    public DeliveryReportBuilder(FsiiiCatalog fsiii, FsiiiInterventions interventions) {
        this.fsiii = fsiii;
        this.interventions = interventions;
    }

    /** The report and how many of each resource it holds (for the audit line). */
    public record Report(long citizenId, Bundle bundle, Counts counts) {
    }

    public record Counts(int conditions, int goals, int planned, int completed, int followUps) {
    }

    Report build(ReportFacts facts, int municipalityId, String sorCode, ReportPeriod period, Instant now) {
        Bundle bundle = new Bundle();
        bundle.getMeta().addProfile(REPORT_PROFILE);
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(now));

        String citizen = add(bundle, citizen(facts, sorCode), id(municipalityId, "citizen", facts.citizenId()));

        int conditions = 0;
        int goals = 0;
        Map<UUID, String> stateConditions = new LinkedHashMap<>();
        if (facts.assessment().isPresent()) {
            ReportFacts.Assessed a = facts.assessment().get();
            for (Scored s : a.scores()) {
                if (s.score() == ScaleStep.NOT_RELEVANT) {
                    continue;   // considered and found not relevant: no condition to report
                }
                String condition = add(bundle, condition(citizen, s.state(), scale(s.score()), a.assessedOn()),
                        id(municipalityId, "condition:" + facts.citizenId(), s.state()));
                conditions++;
                stateConditions.put(s.state(), condition);
                if (s.expectedLevel() != null) {
                    add(bundle, goal(citizen, condition, scale(s.expectedLevel()), a.assessedOn()),
                            id(municipalityId, "goal:" + facts.citizenId(), s.state()));
                    goals++;
                }
            }
            for (UUID noted : a.notedHealthConditions()) {
                // nursing conditions carry no severity (condition.fsh, klgateway-severity-mandatory-in-home-care-…)
                add(bundle, condition(citizen, noted, null, a.assessedOn()),
                        id(municipalityId, "condition:" + facts.citizenId(), noted));
                conditions++;
            }
        }

        // the grants in the period, and those a visit or a follow-up in the period refers to
        Map<UUID, Granted> grants = new LinkedHashMap<>();
        facts.grants().stream().filter(g -> overlaps(g, period)).forEach(g -> grants.put(g.grantKey(), g));
        Map<UUID, Granted> all = new LinkedHashMap<>();
        facts.grants().forEach(g -> all.put(g.grantKey(), g));
        facts.visits().forEach(v -> grants.putIfAbsent(v.grantKey(), all.get(v.grantKey())));
        facts.followUps().forEach(f -> grants.putIfAbsent(f.grantKey(), all.get(f.grantKey())));
        grants.values().removeIf(java.util.Objects::isNull);

        Map<UUID, String> carePlans = new LinkedHashMap<>();
        for (Granted g : grants.values()) {
            CarePlan plan = plannedIntervention(citizen, g, period);
            reasons(g, stateConditions).forEach(plan.getActivityFirstRep().getDetail()::addReasonReference);
            carePlans.put(g.grantKey(), add(bundle, plan, g.grantKey()));
        }
        int completed = 0;
        for (Delivered v : facts.visits()) {
            Granted g = grants.get(v.grantKey());
            if (g != null && v.startTime() != null) {
                Procedure procedure = completedIntervention(citizen, g, v);
                reasons(g, stateConditions).forEach(procedure::addReasonReference);
                add(bundle, procedure, id(municipalityId, "visit", v.id()));
                completed++;
            }
        }
        int followUps = 0;
        for (FollowedUp f : facts.followUps()) {
            String carePlan = carePlans.get(f.grantKey());
            FollowUpResult result = FollowUpResult.parse(f.result()).orElse(null);
            if (carePlan != null && result != null) {
                add(bundle, followUp(citizen, carePlan, result, f.completedOn()), id(municipalityId, "follow-up", f.id()));
                followUps++;
            }
        }
        return new Report(facts.citizenId(), bundle, new Counts(conditions, goals, grants.size(), completed, followUps));
    }

    // citizen.fsh: identifier[cpr] 1..1, managingOrganization.identifier 1..1 (SOR), deceasedBoolean 0..1
    private static Patient citizen(ReportFacts facts, String sorCode) {
        Patient p = new Patient();
        p.getMeta().addProfile(CITIZEN_PROFILE);
        p.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(CPR).setValue(facts.cprNumber());
        p.getManagingOrganization().setIdentifier(
                new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(SOR).setValue(sorCode));
        // the death recorded on the citizen by the period's end (issue 20). KL Gateway's citizen profiles allow only the
        // boolean (kl-gateway-rehab 140citizen.fsh: "deceasedDateTime 0..0", "deceasedBoolean 1..1"), so no date is sent
        p.setDeceased(new org.hl7.fhir.r4.model.BooleanType(facts.deceased()));
        return p;
    }

    // condition.fsh: clinicalStatus.coding 1..1, code 1..1 (FSIII), recordedDate 1..1, category problem-list-item
    private Condition condition(String citizen, UUID code, ScaleStep severity, LocalDate recorded) {
        Condition c = new Condition();
        c.getMeta().addProfile(CONDITION_PROFILE);
        c.setClinicalStatus(concept(CONDITION_CLINICAL, "active", null));
        c.setVerificationStatus(concept(CONDITION_VERIFICATION, "confirmed", null));
        c.addCategory(concept(CONDITION_CATEGORY, "problem-list-item", null));
        if (severity != null) {
            c.setSeverity(concept(FSIII, severity.code().toString(), String.valueOf(severity.score())));
        }
        c.setCode(concept(FSIII, code.toString(), fsiii.find(code).map(FsiiiConcept::name).orElse(null)));
        c.setSubject(new Reference(citizen));
        c.setRecordedDateElement(new DateTimeType(recorded.toString()));
        return c;
    }

    // goal.fsh: category, description, start[x] date, target.measure and detail, addresses 1..1
    private static Goal goal(String citizen, String condition, ScaleStep expected, LocalDate start) {
        Goal g = new Goal();
        g.getMeta().addProfile(GOAL_PROFILE);
        g.setLifecycleStatus(Goal.GoalLifecycleStatus.PLANNED);
        g.addCategory(concept(KL_COMMON, GOAL_CATEGORY, GOAL_CATEGORY_NAME));
        g.setDescription(concept(FSIII, GOAL_DESCRIPTION, GOAL_DESCRIPTION_NAME));
        g.setSubject(new Reference(citizen));
        g.setStart(new DateType(start.toString()));
        g.addTarget().setMeasure(concept(KL_COMMON, GOAL_MEASURE, GOAL_MEASURE_NAME))
                .setDetail(concept(FSIII, expected.code().toString(), String.valueOf(expected.score())));
        g.addAddresses(new Reference(condition));
        return g;
    }

    // plannedIntervention.fsh: intent plan, period.start 1..1, activity 1..1, detail.code level2 1..1 and level3
    private CarePlan plannedIntervention(String citizen, Granted g, ReportPeriod period) {
        boolean ended = g.endOn() != null && g.endOn().isBefore(period.to());
        CarePlan p = new CarePlan();
        p.getMeta().addProfile(PLANNED_PROFILE);
        p.setStatus(ended ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
        p.setIntent(CarePlan.CarePlanIntent.PLAN);
        p.setSubject(new Reference(citizen));
        Period granted = new Period().setStartElement(new DateTimeType(g.startOn().toString()));
        if (g.endOn() != null) {
            granted.setEndElement(new DateTimeType(g.endOn().toString()));
        }
        p.setPeriod(granted);
        p.addActivity().getDetail().setCode(interventionCode(g))
                .setStatus(ended ? CarePlan.CarePlanActivityStatus.COMPLETED : CarePlan.CarePlanActivityStatus.INPROGRESS);
        return p;
    }

    // completedIntervention.fsh: status, code level2 1..1 (+ level3), subject, performedDateTime 1..
    private Procedure completedIntervention(String citizen, Granted g, Delivered v) {
        Procedure p = new Procedure();
        p.getMeta().addProfile(COMPLETED_PROFILE);
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCode(interventionCode(g));
        p.setSubject(new Reference(citizen));
        Instant performed = v.visitDate().atTime(v.startTime()).atZone(DanishTime.ZONE).toInstant();
        p.setPerformed(new DateTimeType(Date.from(performed), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(DanishTime.ZONE)));
        return p;
    }

    // followUpObservation.fsh: status final, code SNOMED 712744002, focus 1.., effectiveDateTime, value E1–E4
    private static Observation followUp(String citizen, String carePlan, FollowUpResult result, LocalDate on) {
        Observation o = new Observation();
        o.getMeta().addProfile(FOLLOW_UP_PROFILE);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(concept(SNOMED, FOLLOW_UP, null));
        o.setSubject(new Reference(citizen));
        o.addFocus(new Reference(carePlan));
        o.setEffective(new DateTimeType(on.toString()));
        o.setValue(concept(FSIII, result.fsiiiId(), result.danishName()));
        return o;
    }

    /**
     * plannedIntervention.fsh 50-52, completedIntervention.fsh 34-37: the reason is every reported condition the
     * intervention addresses (the states its criteria are scored on).
     */
    private static java.util.List<Reference> reasons(Granted g, Map<UUID, String> stateConditions) {
        return g.addressedStates().stream().map(stateConditions::get).filter(java.util.Objects::nonNull).sorted()
                .map(Reference::new).toList();
    }

    /** The FSIII level-2 intervention and the catalogue's intervention as the local level-3 code. */
    private CodeableConcept interventionCode(Granted g) {
        CodeableConcept code = concept(FSIII, g.fsiiiCode().toString(), interventions.name(g.fsiiiCode()).orElse(null));
        code.addCoding(new Coding(LOCAL_INTERVENTIONS, g.interventionCode(), g.interventionName()));
        return code;
    }

    private ScaleStep scale(int score) {
        return fsiii.scaleStep(score).orElseThrow(() -> new IllegalStateException("No FSIII scale step " + score));
    }

    private static boolean overlaps(Granted g, ReportPeriod period) {
        return !g.startOn().isAfter(period.to()) && (g.endOn() == null || !g.endOn().isBefore(period.from()));
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static String add(Bundle bundle, Resource resource, UUID id) {
        String url = "urn:uuid:" + id;
        resource.setId(id.toString());
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return url;
    }

    /** A stable id for what a resource reports, unique per municipality. */
    private static UUID id(int municipalityId, String kind, Object key) {
        return UUID.nameUUIDFromBytes(("omsorg:" + municipalityId + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}

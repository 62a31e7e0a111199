package dk.omsorg.klgateway.internal;

/**
 * The systems, codes and profiles of KL Gateway's implementation guide (hl7dk/kl-gateway, {@code input/fsh/*.fsh}),
 * as its profiles fix them.
 */
final class KlGatewayCodes {

    /** KL's FSIII code system; the profiles alias it {@code $FSIII} (codes.fsh line 1). */
    static final String FSIII = "urn:oid:1.2.208.176.2.21";
    /** KL's common care and social codes ({@code $KLCommonCodes}, goal.fsh line 2). */
    static final String KL_COMMON = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";
    /** Level-3 interventions defined by the municipality (plannedIntervention.fsh, {@code $LocalInterventions}). */
    static final String LOCAL_INTERVENTIONS = "http://fhir.kl.dk/gateway/CodeSystem/LocallyDefinedInterventions";
    /** The CPR number (dk-core {@code cpr} slice; citizen.fsh example TestPerson). */
    static final String CPR = "urn:oid:1.2.208.176.1.2";
    /** SOR (Sundhedsvæsenets Organisationsregister) identifiers (dk-core-sor-identifier). */
    static final String SOR = "urn:oid:1.2.208.176.1.1";
    static final String SNOMED = "http://snomed.info/sct";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    /** Goal category "FSIII tilstandsmål" (goal.fsh: category.coding = $KLCommonCodes#ca552020-…). */
    static final String GOAL_CATEGORY = "ca552020-6ed1-4cdc-b0d4-32697f1f27ad";
    static final String GOAL_CATEGORY_NAME = "FSIII tilstandsmål";
    /** Goal description "Tilstand forsvinder, mindskes eller forbliver uændret" (goal.fsh: $FSIII#e182c5dc-…). */
    static final String GOAL_DESCRIPTION = "e182c5dc-9f91-474a-92e8-f62be3d498f4";
    static final String GOAL_DESCRIPTION_NAME = "Tilstand forsvinder, mindskes eller forbliver uændret";
    /** Goal target measure "funktionsevneniveau" (goal.fsh: target.measure.coding = $KLCommonCodes#66959f77-…). */
    static final String GOAL_MEASURE = "66959f77-6e2a-4574-8423-3ff097f8b9fa";
    static final String GOAL_MEASURE_NAME = "funktionsevneniveau";
    /** Follow-up observation code (followUpObservation.fsh: code.coding = $SnomedCT#712744002). */
    static final String FOLLOW_UP = "712744002";

    private static final String PROFILES = "http://fhir.kl.dk/gateway/StructureDefinition/";
    static final String REPORT_PROFILE = PROFILES + "klgateway-care-delivery-report";
    static final String CITIZEN_PROFILE = PROFILES + "klgateway-care-citizen";
    static final String CONDITION_PROFILE = PROFILES + "klgateway-care-condition";
    static final String GOAL_PROFILE = PROFILES + "klgateway-care-goal";
    static final String PLANNED_PROFILE = PROFILES + "klgateway-care-planned-intervention";
    static final String COMPLETED_PROFILE = PROFILES + "klgateway-care-completed-intervention";
    static final String FOLLOW_UP_PROFILE = PROFILES + "klgateway-care-follow-up-observation";

    private KlGatewayCodes() {
    }
}

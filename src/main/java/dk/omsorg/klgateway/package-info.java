/**
 * KL Gateway (FSIII reporting): the delivery report (leverancerapport) per citizen for a period — the citizen, FSIII
 * conditions with their severity, goals from the expected levels, planned interventions from the grants, completed
 * interventions from the delivered visits and follow-up results — as KL Gateway's FHIR profiles require, one citizen
 * or the whole municipality streamed as NDJSON, every citizen reported audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KL Gateway")
package dk.omsorg.klgateway;

/**
 * Notices (advis) between the authority and the providers: the notices a provider gets when a grant it
 * delivers is made, changed or stopped, or changes provider (written reliably from the decision's and
 * the provider module's events through the event publication registry, once per event, provider and
 * grant); the provider's inbox and acknowledgement; the same-day phone rule (seed 002: after 14.30);
 * start deadlines until the provider confirms the start; and the provider's notices back to the
 * responsible caseworker (change in condition, help that cannot be delivered, death). A provider user
 * sees only its own notices and the citizens it serves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advis")
package dk.omsorg.notice;

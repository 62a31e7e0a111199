/**
 * Inquiries (henvendelser): intake, consent, priority, processing deadlines per legal basis, and
 * the coordinator's and caseworkers' queues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Henvendelser")
package dk.omsorg.inquiry;

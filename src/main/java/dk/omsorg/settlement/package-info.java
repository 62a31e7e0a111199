/**
 * Settlement (afregning): rates by provider, rate group and time band as per-municipality policy data, the
 * monthly run that computes what each provider is owed from the grants and the delivered visits, approval and
 * locking, difference lines for changes to approved months, the citizens' co-payment (egenbetaling), and the
 * statements for finance and providers (PDF, XLSX, CSV).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Afregning")
package dk.omsorg.settlement;

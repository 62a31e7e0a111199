/**
 * Providers (leverandører): municipal and private providers per municipality with their approvals
 * (areas and districts, with validity periods), the citizen's choice of provider when help is granted
 * (free choice, free-choice voucher, selected by the municipality), switches of provider with the
 * municipality's notice rule, transfer to another district, and who coordinates when several providers
 * serve a citizen. Loaded from {@code policy/<code>-<name>/providers.yaml}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leverandører")
package dk.omsorg.provider;

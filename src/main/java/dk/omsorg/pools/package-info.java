/**
 * Puljer (pools): hours or days granted to be used over time — § 97 ledsageordning (companion hours, saved up to
 * a cap and lapsing) and § 84 afløsning hours and aflastning days per 12 months — with a ledger of use, deductions
 * and the yearly companion expense allowance, by rules per municipality in {@code policy/<code>-<name>/pools.yaml}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Puljer")
package dk.omsorg.pools;

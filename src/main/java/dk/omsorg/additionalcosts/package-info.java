/**
 * Merudgiftsydelse (serviceloven § 100, additional costs allowance): the municipality's yearly levels from
 * {@code policy/<code>-<name>/additional-costs.yaml} and the calculation of a citizen's monthly allowance from
 * expense and deduction lines (docs/additional-costs.md).
 */
package dk.omsorg.additionalcosts;

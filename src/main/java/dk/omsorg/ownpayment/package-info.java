/**
 * § 107 own payment (egenbetaling for midlertidigt botilbud): the monthly amount a citizen in a temporary residential
 * offer pays, from the citizen's income, the approved expenses and the municipality's disposable amount
 * (rådighedsbeløb), never more than the offer's cost. Policy: {@code policy/<code>-<name>/own-payment.yaml}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Own payment")
package dk.omsorg.ownpayment;

package dk.omsorg.catalog;

/**
 * Whether the citizen pays for the help (egenbetaling).
 *
 * @param rate the name of the rate the settlement prices, e.g. "tøjvask"; null when none
 */
public record CoPayment(boolean applies, String rate, String text) {
}

package dk.omsorg.delivery;

/**
 * One problem with one visit of a batch.
 *
 * @param line   the line of the file (header is line 1), or the visit's position (from 1) in an API call
 * @param column the CSV column in error, or null for the whole line
 * @param code   the rule broken: {@code delivery.error.<code>} in messages_da.properties
 */
public record LineError(int line, String column, String code, Object[] args) {
}

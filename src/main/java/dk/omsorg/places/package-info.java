/**
 * Pladser (places): the units a municipality allocates — midlertidigt ophold, intervalophold, plejeboliger and
 * ældreboliger — with their places, district, validity and the waiting lists they serve, and the priority classes of
 * the temporary-stay list, by {@code policy/<code>-<name>/places.yaml} (docs/places.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pladser")
package dk.omsorg.places;

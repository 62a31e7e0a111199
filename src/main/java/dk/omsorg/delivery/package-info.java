/**
 * Planned and delivered time (levering): the provider's visits per grant — planned (disponeret) with a
 * shift, delivered (leveret) with a start time from which the shift follows by the municipality's shift
 * boundaries, or not delivered with a reason — registered over the provider API, a CSV import (PostgreSQL
 * COPY into a staging table, set-based validation, all or nothing, idempotent) or the provider's week
 * view. A provider user reaches only grants its own provider delivers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Levering")
package dk.omsorg.delivery;

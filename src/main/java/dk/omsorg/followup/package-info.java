/**
 * Follow-ups (opfølgning): when the caseworker follows up a citizen's grants, by rules per municipality in
 * {@code policy/<code>-<name>/follow-up.yaml} (after a rehabilitation course, special 1:1 cases, the
 * caseworker's interval for other help, citizens not followed up for years first, the reminder before a
 * temporary grant ends); scheduled from the decisions' events; the caseworker's queue; completing one records
 * the FSIII follow-up result and schedules the next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opfølgning")
package dk.omsorg.followup;

/**
 * Beredskabslister (outage day lists, issue 21): per provider and district, the next days' planned visits with the
 * citizen's address, phone, access to the home and contacts, to print before an outage (docs/day-lists.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beredskabslister")
package dk.omsorg.daylist;

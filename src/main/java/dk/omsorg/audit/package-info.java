/**
 * Who read or changed which citizen's data, when — written in the same transaction as the
 * change, and listed for the authority's leader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package dk.omsorg.audit;

/**
 * Management information (ledelsesinformation, issue 21): pages of figures for the leader and finance on one frame —
 * the same filters (period by month, district, provider, area), a server-side SVG chart and an XLSX export per page.
 * A page is a bean implementing {@link dk.omsorg.management.ManagementPage}: one set-based query that returns a
 * {@link dk.omsorg.management.Report}; the frame draws, filters and exports it (docs/management-information.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledelsesinformation")
package dk.omsorg.management;

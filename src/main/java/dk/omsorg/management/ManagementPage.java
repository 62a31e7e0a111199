package dk.omsorg.management;

/**
 * One page of management information. Implement it as a Spring bean in any module that management may read (or in
 * this module) and the frame lists it in its tabs, serves it at {@code /management/<key>} and its XLSX at
 * {@code /management/<key>.xlsx}, with the shared filters (docs/management-information.md).
 */
public interface ManagementPage {

    /** The URL segment, lower-case letters and hyphens: {@code activity}. */
    String key();

    /** The message key of the page's title (Danish, messages_da.properties). */
    String titleKey();

    /** Order among the tabs (lower first). */
    int order();

    /** Whether the page shows figures as known on a chosen day (the frame then shows that field). */
    default boolean usesKnownOn() {
        return false;
    }

    /** Whether the area filter applies to this page (the frame hides it otherwise). */
    default boolean usesArea() {
        return true;
    }

    /** Whether only the leader may see this page (finance gets 403 and no tab), e.g. when its module says so. */
    default boolean leaderOnly() {
        return false;
    }

    /** Whether the district filter applies to this page. */
    default boolean usesDistrict() {
        return true;
    }

    /** Whether the provider filter applies to this page. */
    default boolean usesProvider() {
        return true;
    }

    /** The figures for the filter: one set-based query, the chart's series and the table the export repeats. */
    Report report(ManagementFilter filter);
}

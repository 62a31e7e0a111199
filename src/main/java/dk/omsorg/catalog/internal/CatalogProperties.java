package dk.omsorg.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location       where the catalogue files are; tests point it at fixtures
 * @param nonWorkingDays the days that are not public holidays but on which the municipality's
 *                       offices are closed, for start deadlines in working days
 */
@ConfigurationProperties("omsorg.catalog")
public record CatalogProperties(@DefaultValue(CatalogProperties.DEFAULT_LOCATION) String location,
                                @DefaultValue NonWorkingDays nonWorkingDays) {

    public static final String DEFAULT_LOCATION = "classpath*:policy/*/catalog-*.yaml";

    /** Defaults: Grundlovsdag and juleaftensdag are days off, nytårsaftensdag is a working day. */
    public record NonWorkingDays(@DefaultValue("true") boolean constitutionDay,
                                 @DefaultValue("true") boolean christmasEve,
                                 @DefaultValue("false") boolean newYearsEve) {
    }
}

package dk.omsorg.catalog.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.DanishCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    DanishCalendar danishCalendar(CatalogProperties properties) {
        CatalogProperties.NonWorkingDays days = properties.nonWorkingDays();
        return new DanishCalendar(days.constitutionDay(), days.christmasEve(), days.newYearsEve());
    }

    @Bean
    FsiiiCodes fsiiiCodes(FsiiiCatalog catalog) {
        return new FsiiiCodes(catalog);
    }
}

package dk.omsorg.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Danish municipalities work in Danish time; deadlines are Danish calendar dates. */
    @Bean
    Clock clock() {
        return Clock.system(DanishTime.ZONE);
    }
}

package dk.omsorg.shared;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one FHIR R4 context of the application (MedCom messages in, KL Gateway reports out). Creating a context scans
 * the model classes and is expensive; HAPI's own advice is one per application, shared by every parser.
 */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    @Bean
    public FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}

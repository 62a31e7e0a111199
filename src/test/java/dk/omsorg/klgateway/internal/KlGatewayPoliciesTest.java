package dk.omsorg.klgateway.internal;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The municipalities' kl-gateway.yaml: the SOR code is read, a wrong one stops the start with line and field. */
class KlGatewayPoliciesTest {

    @Test
    void everyMunicipalityOfTheApplicationHasItsSorCode() {
        KlGatewayPolicies policies = new KlGatewayPolicies(KlGatewayPolicies.DEFAULT_LOCATION);
        assertThat(policies.sorCode(253)).hasValueSatisfying(s -> assertThat(s).matches("\\d{1,18}"));
        assertThat(policies.sorCode(561)).isPresent();
        assertThat(policies.sorCode(756)).isPresent();
        assertThat(policies.sorCode(999)).isEmpty();
    }

    @Test
    void aSorCodeThatIsNotDigitsIsRefusedWithLineAndField() {
        assertThatThrownBy(() -> new KlGatewayPolicies(new Resource[]{file("municipality: 253\nsorCode: \"SOR-12\"\n")}))
                .hasMessageContaining("line 2, field sorCode");
    }

    private static Resource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "253-test/kl-gateway.yaml") {
            @Override
            public String getFilename() {
                return "kl-gateway.yaml";
            }
        };
    }
}

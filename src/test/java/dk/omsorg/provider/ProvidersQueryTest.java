package dk.omsorg.provider;

import dk.omsorg.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provider queries run against the real schema. */
@SpringBootTest
class ProvidersQueryTest {

    @Autowired
    Providers providers;

    @Test
    void anUnknownGrantHasNoProviderAndAnUnknownProviderServesNobody() {
        assertThat(providers.deliveringGrant(UUID.randomUUID(), LocalDate.now())).isEmpty();
        assertThat(providers.citizensServedBy(-1, LocalDate.now(), Period.ofMonths(1))).isEmpty();
        assertThatThrownBy(() -> providers.get(-1)).isInstanceOf(NotFoundException.class);
    }
}

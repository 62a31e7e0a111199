package dk.omsorg.pools.web;

import dk.omsorg.pools.PoolKind;
import dk.omsorg.pools.Quantities;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Quantities and kroner as the pool page shows them: {@code ${@poolText.of(q, kind)}}. */
@Component("poolText")
class PoolText {

    public String of(BigDecimal quantity, PoolKind kind) {
        return Quantities.withUnit(quantity, kind);
    }

    public String kroner(BigDecimal amount) {
        return Quantities.kroner(amount);
    }
}

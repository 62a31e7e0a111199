package dk.omsorg.decision;

import dk.omsorg.decision.internal.DecisionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The complaint a decision version was made after (efter klage), for other modules' listeners (the provider's
 * notices): like {@link Decisions#stored}, no access check and not audited.
 */
@Service
public class AfterComplaintLookup {

    private final DecisionRepository decisions;

    AfterComplaintLookup(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public Optional<Long> afterComplaintId(long decisionId) {
        return decisions.afterComplaintId(decisionId);
    }
}

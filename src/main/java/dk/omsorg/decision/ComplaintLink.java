package dk.omsorg.decision;

import dk.omsorg.decision.internal.DecisionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A change's complaint reference (efter klage): checked by the complaints module before the change, and linked
 * both ways after the new version is saved, before its letter and the provider's notices, which say so.
 */
@Component
class ComplaintLink {

    private final ObjectProvider<AfterComplaint> afterComplaint;
    private final DecisionRepository decisions;

    ComplaintLink(ObjectProvider<AfterComplaint> afterComplaint, DecisionRepository decisions) {
        this.afterComplaint = afterComplaint;
        this.decisions = decisions;
    }

    void check(DecisionChange change, Decision current) {
        if (change.afterComplaintId() != null) {
            // a minor adjustment has no letter: a change after a complaint always has one
            afterComplaint.getObject().checkChange(change.afterComplaintId(), current, change.minorAdjustment());
        }
    }

    void saved(DecisionChange change, Decision saved) {
        if (change.afterComplaintId() != null) {
            decisions.markAfterComplaint(saved.id(), change.afterComplaintId());
            afterComplaint.getObject().changed(change.afterComplaintId(), saved);
        }
    }
}

package dk.omsorg.hospital.internal;

import org.hl7.fhir.r4.model.OperationOutcome;

/** An OperationOutcome with one error in Danish: what the sending system's staff read when a message is refused. */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    public static OperationOutcome error(String danishText) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(danishText);
        return outcome;
    }
}

package dk.omsorg.delivery;

import java.util.List;

/**
 * A batch of visits with bad rows: nothing was stored. Every bad row is listed.
 *
 * @param file true for a CSV file (errors by line), false for visits sent as JSON (errors by position)
 */
public class VisitsRejected extends RuntimeException {

    private final List<LineError> errors;
    private final boolean file;

    public VisitsRejected(List<LineError> errors, boolean file) {
        super(errors.size() + " bad visit(s)");
        this.errors = List.copyOf(errors);
        this.file = file;
    }

    public List<LineError> errors() {
        return errors;
    }

    public boolean file() {
        return file;
    }

    /** The number of lines (or visits) with at least one error. */
    public long badLines() {
        return errors.stream().mapToInt(LineError::line).distinct().count();
    }
}

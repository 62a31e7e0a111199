package dk.omsorg.delivery;

import dk.omsorg.delivery.internal.ScanStatements;
import dk.omsorg.delivery.internal.ScanStatements.RaisedFlag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reassessment scan (seed 002, løbende justering): compares every current grant's delivered (or planned) time
 * with its granted time by the municipality's {@link ReassessmentRule}, in set-based SQL over all grants at once,
 * and raises a {@link ReassessmentFlag} to the responsible caseworker for each grant outside the rule — once per
 * episode: a deviation already flagged (open or resolved) that is still going on extends its flag.
 *
 * <p>Runs nightly on one instance (ShedLock) and on demand. Two scans never overlap: each takes a PostgreSQL
 * advisory lock for its transaction, so an on-demand scan waits for a running nightly one.
 */
@Service
public class ReassessmentScan {

    /** What a scan did. */
    public record ScanResult(long scanId, LocalDate asOf, int grantsCompared, int flagsRaised, int flagsUpdated) {
    }

    /** What started the scan. */
    public enum Trigger { NIGHTLY, ON_DEMAND }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReassessmentScan.class);

    private final ScanStatements statements;
    private final FlagTasks tasks;
    private final Clock clock;
    private final int lookbackDays;

    ReassessmentScan(ScanStatements statements, FlagTasks tasks, Clock clock,
                     @Value("${omsorg.delivery.reassessment.lookback-days:63}") int lookbackDays) {
        this.statements = statements;
        this.tasks = tasks;
        this.clock = clock;
        this.lookbackDays = lookbackDays;
    }

    /** Scans every municipality as of {@code asOf}: days before it are compared. */
    @Transactional
    public ScanResult scan(LocalDate asOf) {
        return scan(asOf, null, Trigger.ON_DEMAND, "system");
    }

    /**
     * @param municipalityId null for every municipality
     * @param startedBy      username, or "system" for the nightly run
     */
    @Transactional
    public ScanResult scan(LocalDate asOf, Integer municipalityId, Trigger trigger, String startedBy) {
        long started = System.nanoTime();
        statements.lockScans();
        long scanId = statements.startScan(asOf, municipalityId, trigger.name(), startedBy, Instant.now(clock));
        int compared = statements.grantsCompared(asOf, lookbackDays, municipalityId);
        long counted = System.nanoTime();
        statements.findEpisodes(asOf, lookbackDays, municipalityId);
        long found = System.nanoTime();
        int updated = statements.extendFlags(scanId);
        List<RaisedFlag> raisedFlags = statements.raiseFlags(scanId, Instant.now(clock));
        long flagged = System.nanoTime();
        tasks.raised(raisedFlags);
        int raised = raisedFlags.size();
        statements.finishScan(scanId, compared, raised, updated, Instant.now(clock));
        log.debug("Reassessment scan, ms: grants counted {}, episodes found {}, flags written {}, tasks and end {}",
                (counted - started) / 1_000_000, (found - counted) / 1_000_000, (flagged - found) / 1_000_000,
                (System.nanoTime() - flagged) / 1_000_000);
        return new ScanResult(scanId, asOf, compared, raised, updated);
    }

    /** Days compared before the scan date. */
    public int lookbackDays() {
        return lookbackDays;
    }
}

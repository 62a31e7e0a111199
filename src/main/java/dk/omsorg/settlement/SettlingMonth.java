package dk.omsorg.settlement;

import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.settlement.internal.SettlementComputation;
import dk.omsorg.settlement.internal.SettlementProgress;
import dk.omsorg.settlement.internal.SettlementRunLock;
import dk.omsorg.settlement.internal.SettlementTables;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Settling a month with the providers (seed 000 "Afregning"): finance starts the run of a month; it is computed in
 * the background ({@link SettlementComputation}) while the screen shows its progress; it ends as a draft — or failed,
 * listing every visit it could not price, with no partial statement. A draft may be run again. Finance approves a
 * draft once the month has ended; an approved month is locked, and later changes to it are settled as difference
 * lines in the next run.
 */
@Service
public class SettlingMonth {

    private static final Logger log = LoggerFactory.getLogger(SettlingMonth.class);
    private final SettlementTables tables;
    private final SettlementRunLock runLock;
    private final SettlementComputation computation;
    private final SettlementProgress progress;
    private final SettlementPolicies policies;
    private final CurrentUsers users;
    private final TaskExecutor executor;
    private final Clock clock;

    SettlingMonth(SettlementTables tables, SettlementRunLock runLock, SettlementComputation computation,
                  SettlementProgress progress, SettlementPolicies policies, CurrentUsers users,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.tables = tables;
        this.runLock = runLock;
        this.computation = computation;
        this.progress = progress;
        this.policies = policies;
        this.users = users;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts the month's run in the background; the returned run is RUNNING — poll it for progress. */
    public SettlementRun start(YearMonth month) {
        Opened opened = open(month);
        try {
            executor.execute(() -> {
                try (SettlementRunLock.Held lock = opened.lock()) {
                    compute(opened.run().id());
                }
            });
        } catch (RuntimeException e) {
            progress.failed(opened.run().id(), "ERROR");
            opened.lock().close();
            throw e;
        }
        return opened.run();
    }

    /** Runs the month to the end before returning (the benchmark, tests, and the API's {@code waitForResult}). */
    public SettlementRun settle(YearMonth month) {
        Opened opened = open(month);
        try (SettlementRunLock.Held lock = opened.lock()) {
            compute(opened.run().id());
        }
        return tables.run(opened.run().municipalityId(), opened.run().id()).orElseThrow();
    }

    /** Approves a draft at the version the approver saw; the month is then locked. */
    public SettlementRun approve(long runId, int version) {
        CurrentUser user = finance();
        SettlementRun run = tables.run(user.municipalityId(), runId)
                .orElseThrow(() -> new NotFoundException("settlement.notFound", runId));
        if (run.approved()) {
            throw new ConflictException("settlement.alreadyApproved", run.month());
        }
        if (run.status() != SettlementRun.Status.DRAFT) {
            throw new InvalidInputException(null, "settlement.approve.notDraft");
        }
        if (!today().isAfter(run.month().atEndOfMonth())) {
            throw new InvalidInputException(null, "settlement.approve.monthNotEnded", run.month().atEndOfMonth());
        }
        if (!tables.approve(runId, version, user.username(), clock.instant())) {
            throw new ConflictException("settlement.stale");
        }
        return tables.run(user.municipalityId(), runId).orElseThrow();
    }

    /** An opened run and its lock, held until the run is computed. */
    private record Opened(SettlementRun run, SettlementRunLock.Held lock) {
    }

    private Opened open(YearMonth month) {
        CurrentUser user = finance();
        if (month == null) {
            throw new InvalidInputException("month", "settlement.month.required");
        }
        if (month.isAfter(YearMonth.from(today()))) {
            throw new InvalidInputException("month", "settlement.month.future", month);
        }
        if (policies.forMunicipality(user.municipalityId()).isEmpty()) {
            throw new InvalidInputException("month", "settlement.noPolicy");
        }
        // a live run of the month (in this or another instance) holds the lock: refused; a RUNNING run whose
        // instance stopped holds nothing, and is run again at once
        SettlementRunLock.Held lock = runLock.tryHold(user.municipalityId(), month)
                .orElseThrow(() -> new ConflictException("settlement.running", month));
        try {
            Instant now = clock.instant();
            long id = tables.open(user.municipalityId(), month, user.username(), now)
                    .orElseThrow(() -> new ConflictException("settlement.locked", month));
            return new Opened(tables.run(user.municipalityId(), id).orElseThrow(), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void compute(long runId) {
        try {
            SettlementComputation.Outcome outcome = computation.compute(runId);
            log.info("Settlement run {} computed: failed={}, problems={}", runId, outcome.failed(), outcome.problems());
        } catch (RuntimeException e) {
            log.error("Settlement run {} broke off", runId, e);
            progress.failed(runId, SettlementFailure.reason(e));
        }
    }

    private CurrentUser finance() {
        CurrentUser user = users.current();
        if (user.isProvider()) {
            throw new AccessDeniedException("Settlement runs are for the municipality's finance staff");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }
}

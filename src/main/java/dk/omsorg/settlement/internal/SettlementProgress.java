package dk.omsorg.settlement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a running settlement's progress in a transaction of its own, so the screen polling the run sees it while the
 * run's own transaction is still open. The run's transaction does not lock the run row until its last statement.
 */
@Component
public class SettlementProgress {

    private final JdbcClient jdbc;

    SettlementProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param phase a message key: the phase shown beside the progress bar */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void report(long runId, int percent, String phase) {
        jdbc.sql("update settlement_run set progress = ?, phase = ? where id = ? and status = 'RUNNING'")
                .params(percent, phase, runId).update();
    }

    /** A run that broke off (an unexpected error): shown as failed, with nothing of it kept. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long runId) {
        jdbc.sql("update settlement_run set status = 'FAILED', progress = 100, phase = 'settlement.phase.error', "
                + "version = version + 1 where id = ? and status = 'RUNNING'").param(runId).update();
    }
}

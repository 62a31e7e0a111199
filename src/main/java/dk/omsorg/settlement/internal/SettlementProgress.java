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

    /**
     * A run that broke off (an error in the computation): shown as failed, with nothing of it kept, and with its
     * reason as the run's one problem (issue 14: a failed run always says why). The computation's own transaction was
     * rolled back, so an earlier run's problems are still there: replaced.
     *
     * @param code the reason: AMOUNT_TOO_LARGE or ERROR (message key settlement.problem.&lt;code&gt;)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long runId, String code) {
        int updated = jdbc.sql("update settlement_run set status = 'FAILED', progress = 100, phase = 'settlement.phase.error', "
                + "total_ore = null, copayment_total_ore = null, version = version + 1 where id = ? and status = 'RUNNING'")
                .param(runId).update();
        if (updated == 1) {
            jdbc.sql("delete from settlement_problem where run_id = ?").param(runId).update();
            jdbc.sql("insert into settlement_problem (run_id, code) values (?, ?)").params(runId, code).update();
        }
    }
}

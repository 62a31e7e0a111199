package dk.omsorg.settlement;

import java.sql.SQLException;

/**
 * Why a settlement computation broke off, as a problem code with a Danish text (settlement.problem.&lt;code&gt;), so
 * a failed run always says why (issue 14) — in words finance can act on where the cause is known.
 */
final class SettlementFailure {

    /** PostgreSQL's SQLSTATE for a number out of range: an amount beyond what a bigint of øre holds. */
    private static final String NUMERIC_OUT_OF_RANGE = "22003";

    private SettlementFailure() {
    }

    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && NUMERIC_OUT_OF_RANGE.equals(sql.getSQLState())) {
                return "AMOUNT_TOO_LARGE";
            }
        }
        return "ERROR";
    }
}

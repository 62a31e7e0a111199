package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementRun;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A provider's statement as PDF (Danish, with the municipality's name, period, lines and totals), XLSX and CSV for
 * the finance system, and the month's co-payment list as CSV and XLSX. Downloads carry a Danish file name.
 * (Contract for the helpers: filled in by the exports work.)
 */
@Component
public class StatementExport {

    public ResponseEntity<byte[]> pdf(Statement statement) {
        throw new UnsupportedOperationException("not yet");
    }

    public ResponseEntity<byte[]> xlsx(Statement statement) {
        throw new UnsupportedOperationException("not yet");
    }

    public ResponseEntity<byte[]> csv(Statement statement) {
        throw new UnsupportedOperationException("not yet");
    }

    public ResponseEntity<byte[]> coPaymentCsv(SettlementRun run, List<CoPaymentLine> lines) {
        throw new UnsupportedOperationException("not yet");
    }

    public ResponseEntity<byte[]> coPaymentXlsx(SettlementRun run, List<CoPaymentLine> lines) {
        throw new UnsupportedOperationException("not yet");
    }
}

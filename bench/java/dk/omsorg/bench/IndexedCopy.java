package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Generated;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The import's yardstick (issue 21): a PostgreSQL COPY of the rows the import stores into {@code bench_visit_indexed},
 * {@code visit}'s twin ({@code like visit including all}: its columns, identity, defaults, checks and indexes). The
 * twin has no triggers: the per-statement reference checks of V14 stand in for three foreign keys and are part of the
 * work the import must do, so the yardstick leaves them out (it is the faster for it). The rows are those the import
 * stored, in each file's line order (the order a provider sends them), as COPY's text format.
 */
final class IndexedCopy {

    static final String COLUMNS = "municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date, "
            + "start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by";

    private IndexedCopy() {
    }

    /** The stored visits of each file, in the file's line order, as COPY text (one text per file). */
    static List<String> rowsAsStored(DataSource dataSource, Generated data, List<String> texts) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            st.execute("create temp table bench_line (n integer generated always as identity, external_id text)");
            for (int i = 0; i < texts.size(); i++) {
                st.execute("truncate bench_line");
                StringBuilder ids = new StringBuilder();
                String text = texts.get(i);
                int at = text.indexOf('\n') + 1;
                while (at > 0 && at < text.length()) {
                    int end = text.indexOf('\n', at);
                    if (end < 0) {
                        end = text.length();
                    }
                    ids.append(text, at, text.indexOf(';', at)).append('\n');
                    at = end + 1;
                }
                copy.copyIn("copy bench_line (external_id) from stdin", new StringReader(ids.toString()));
                StringWriter rows = new StringWriter();
                copy.copyOut("copy (select " + COLUMNS.replace("external_id", "v.external_id")
                        + " from visit v join bench_line l on l.external_id = v.external_id where v.provider_id = "
                        + data.files().get(i).providerId() + " order by l.n) to stdout", rows);
                out.add(rows.toString());
            }
            st.execute("drop table bench_line");
        }
        return out;
    }

    /** Each file's rows by COPY into the indexed twin, each in its own committed transaction; nanoseconds summed. */
    static long copyAll(DataSource dataSource, List<String> rowTexts) throws Exception {
        long total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String rows : rowTexts) {
                long t0 = System.nanoTime();
                copy.copyIn("copy bench_visit_indexed (" + COLUMNS + ") from stdin", new StringReader(rows));
                total += System.nanoTime() - t0;
            }
        }
        return total;
    }
}

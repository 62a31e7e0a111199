package dk.omsorg.klgateway;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.klgateway.internal.DeliveryReportBuilder.Counts;
import dk.omsorg.klgateway.internal.DeliveryReportBuilder.Report;
import dk.omsorg.klgateway.internal.DeliveryReportFactory;
import dk.omsorg.klgateway.internal.KlGatewayPolicies;
import dk.omsorg.klgateway.internal.ReportFactsReader;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Producing KL Gateway delivery reports (leverancerapporter) of the caller's municipality: one citizen's as a FHIR
 * Bundle, or every citizen with FSIII care in the period as NDJSON — one Bundle a line, written while the citizens
 * are read from a cursor, their facts a batch at a time. Every citizen reported gets an audit line naming the period
 * and what was reported.
 */
@Service
public class DeliveryReports {

    static final String RESOURCE = "kl-gateway-delivery-report";
    /** Citizens whose facts are read together: seven statements a batch instead of seven a citizen. */
    static final int BATCH = 200;

    private final ReportFactsReader reader;
    private final DeliveryReportFactory reports;
    private final KlGatewayPolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Messages messages;
    private final FhirContext fhir;
    private final Clock clock;

    DeliveryReports(ReportFactsReader reader, DeliveryReportFactory reports, KlGatewayPolicies policies,
                    CurrentUsers users, AuditLog audit, Messages messages, FhirContext fhir, Clock clock) {
        this.reader = reader;
        this.reports = reports;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.fhir = fhir;
        this.clock = clock;
    }

    /** One citizen's report as FHIR JSON; a citizen of another municipality is as one that does not exist. */
    @Transactional
    public String citizen(long citizenId, ReportPeriod period) {
        int municipality = users.current().municipalityId();
        if (!reader.exists(municipality, citizenId)) {
            throw new NotFoundException("citizen.notFound");
        }
        String sor = sorCode(municipality);
        Report report = reports.report(municipality, sor, citizenId, period, Instant.now(clock));
        audited(citizenId, period, report.counts());
        return parser().encodeResourceToString(report.bundle());
    }

    /** How many citizens the municipality's report of the period would hold (a count, nothing reported or audited). */
    public int count(ReportPeriod period) {
        return reader.count(users.current().municipalityId(), period);
    }

    /** Whether the caller's municipality can report (it has a SOR code in its setup). */
    public boolean canReport() {
        return policies.sorCode(users.current().municipalityId()).isPresent();
    }

    /**
     * Checks what can be checked before the first byte is written (the municipality can report), so that a refusal
     * is an answer of its own rather than a broken file.
     */
    public void checkCanReport() {
        sorCode(users.current().municipalityId());
    }

    /** Every citizen's report of the period, one Bundle (FHIR JSON) a line; returns how many citizens. */
    @Transactional
    public int municipality(ReportPeriod period, OutputStream out) {
        int municipality = users.current().municipalityId();
        String sor = sorCode(municipality);
        Instant now = Instant.now(clock);
        IParser parser = parser();
        int citizens = 0;
        try (Stream<Long> ids = reader.citizens(municipality, period)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<Long> batch = new ArrayList<>(BATCH);
            for (Iterator<Long> it = ids.iterator(); it.hasNext(); ) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    Map<Long, String> details = new LinkedHashMap<>();
                    for (Report report : reports.reports(municipality, sor, batch, period, now)) {
                        writer.write(parser.encodeResourceToString(report.bundle()));
                        writer.write('\n');
                        details.put(report.citizenId(), detail(period, report.counts()));
                        citizens++;
                    }
                    audit.changedEach(AuditAction.READ, details, RESOURCE, period.label());   // one insert a batch
                    batch.clear();
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return citizens;
    }

    private void audited(long citizenId, ReportPeriod period, Counts c) {
        audit.changed(AuditAction.READ, citizenId, RESOURCE, period.label(), detail(period, c));
    }

    private String detail(ReportPeriod period, Counts c) {
        return messages.text("klgateway.audit.detail", period.from(), period.to(), c.conditions(), c.goals(), c.planned(),
                c.completed(), c.followUps());
    }

    private String sorCode(int municipality) {
        return policies.sorCode(municipality).orElseThrow(() -> new ConflictException("klgateway.noSorCode"));
    }

    private IParser parser() {
        return fhir.newJsonParser().setPrettyPrint(false);
    }
}

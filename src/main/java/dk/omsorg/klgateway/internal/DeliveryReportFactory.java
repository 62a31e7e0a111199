package dk.omsorg.klgateway.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.klgateway.ReportPeriod;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Reads a citizen's facts and builds the report: the one place the reader and the builder meet. */
@Component
public class DeliveryReportFactory {

    private final ReportFactsReader reader;
    private final DeliveryReportBuilder builder;

    DeliveryReportFactory(ReportFactsReader reader, FsiiiCatalog fsiii, FsiiiInterventions interventions) {
        this.reader = reader;
        this.builder = new DeliveryReportBuilder(fsiii, interventions);
    }

    public DeliveryReportBuilder.Report report(int municipalityId, String sorCode, long citizenId, ReportPeriod period,
                                               Instant now) {
        return builder.build(reader.facts(municipalityId, citizenId, period), municipalityId, sorCode, period, now);
    }

    /** Several citizens' reports, their facts read together (a batch of the export); in the order of the ids. */
    public List<DeliveryReportBuilder.Report> reports(int municipalityId, String sorCode, List<Long> citizenIds,
                                                      ReportPeriod period, Instant now) {
        return reader.facts(municipalityId, citizenIds, period).values().stream()
                .map(f -> builder.build(f, municipalityId, sorCode, period, now)).toList();
    }
}

package dk.omsorg.klgateway.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.klgateway.ReportPeriod;
import org.springframework.stereotype.Component;

import java.time.Instant;

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
}

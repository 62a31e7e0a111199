package dk.omsorg.supervision.api;

import dk.omsorg.security.RequireSupervision;
import dk.omsorg.supervision.NewSample;
import dk.omsorg.supervision.Sample;
import dk.omsorg.supervision.SampleReport;
import dk.omsorg.supervision.SupervisionSamples;
import dk.omsorg.supervision.internal.SampleExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Supervision samples over REST (tilsyn and leder): draw, list, read with the figures, and export as CSV or XLSX.
 * Bad input: 400 in Danish, nothing stored. Another municipality's sample: 404.
 */
@RestController
@RequestMapping("/api/v1/supervision/samples")
@RequireSupervision
@Tag(name = "Tilsyn", description = "Supervision samples: granted vs planned vs delivered minutes per provider and citizen")
class SupervisionApi {

    private final SupervisionSamples samples;
    private final SampleExport export;

    SupervisionApi(SupervisionSamples samples, SampleExport export) {
        this.samples = samples;
        this.export = export;
    }

    record DrawRequest(LocalDate from, LocalDate to, Integer perProvider, Long providerId, Long seed) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw a sample: {from, to, perProvider (1–100), providerId (optional), seed (optional, repeats a draw)} "
            + "→ 201 with the sample and its figures")
    ResponseEntity<SampleReport> draw(@RequestBody DrawRequest request) {
        Sample sample = samples.draw(new NewSample(request.from(), request.to(), request.perProvider(), request.providerId(),
                request.seed()));
        return ResponseEntity.created(URI.create("/api/v1/supervision/samples/" + sample.id())).body(samples.report(sample.id()));
    }

    @GetMapping
    @Operation(summary = "The municipality's samples, newest first (no citizens)")
    List<Sample> list() {
        return samples.samples();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A sample with granted, planned and delivered minutes per provider, citizen and grant")
    SampleReport get(@PathVariable long id) {
        return samples.report(id);
    }

    @GetMapping("/{id}/export.csv")
    @Operation(summary = "The sample as CSV: UTF-8 with BOM, semicolons, Danish headers, decimal comma")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return export.csvDownload(samples.report(id));
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(summary = "The sample as an Excel workbook (XLSX)")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return export.xlsxDownload(samples.report(id));
    }
}

package dk.omsorg.acutestart.api;

import dk.omsorg.acutestart.AcuteStart;
import dk.omsorg.acutestart.AcuteStarts;
import dk.omsorg.acutestart.AcuteStarts.NewAcuteStart;
import dk.omsorg.security.RequireProvider;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Acute starts over the API: the provider registers and lists its own; the authority lists, grants and refuses. */
@RestController
@Tag(name = "Akut opstart")
class AcuteStartApi {

    private final AcuteStarts starts;

    AcuteStartApi(AcuteStarts starts) {
        this.starts = starts;
    }

    @PostMapping("/api/v1/provider/acute-starts")
    @ResponseStatus(HttpStatus.CREATED)
    @RequireProvider
    AcuteStart register(@RequestBody NewAcuteStart body) {
        return starts.register(body);
    }

    @GetMapping("/api/v1/provider/acute-starts")
    @RequireProvider
    List<AcuteStart> mine() {
        return starts.mine();
    }

    @GetMapping("/api/v1/acute-starts")
    List<AcuteStart> list() {
        return starts.list();
    }

    @GetMapping("/api/v1/acute-starts/{id}")
    AcuteStart read(@PathVariable long id) {
        return starts.read(id);
    }

    record Grant(Long decisionId, Integer version) {
    }

    record Refusal(String reason, Integer version) {
    }

    @PostMapping("/api/v1/acute-starts/{id}/grant")
    AcuteStart grant(@PathVariable long id, @RequestBody Grant body) {
        return starts.grant(id, body.decisionId(), body.version());
    }

    @PostMapping("/api/v1/acute-starts/{id}/refuse")
    AcuteStart refuse(@PathVariable long id, @RequestBody Refusal body) {
        return starts.refuse(id, body.reason(), body.version());
    }
}

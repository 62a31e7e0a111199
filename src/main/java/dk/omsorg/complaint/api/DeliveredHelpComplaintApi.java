package dk.omsorg.complaint.api;

import dk.omsorg.complaint.DeliveredHelpComplaints;
import dk.omsorg.complaint.DeliveredHelpComplaints.DeliveredHelpComplaint;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireProvider;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Complaints about the help delivered, over REST: the authority's side under /api/v1/delivered-help-complaints, the
 * provider's (only its own) under /api/v1/provider/delivered-help-complaints, where it also answers.
 */
@RestController
@Tag(name = "Klager over leveret hjælp", description = "Registered by either side, answered by the provider with a statement")
class DeliveredHelpComplaintApi {

    record RegisterBody(UUID grantKey, LocalDate receivedOn, String text) {
    }

    record StatementBody(String statement, Integer version) {
    }

    private final DeliveredHelpComplaints complaints;
    private final CurrentUsers users;

    DeliveredHelpComplaintApi(DeliveredHelpComplaints complaints, CurrentUsers users) {
        this.complaints = complaints;
        this.users = users;
    }

    @RequireCaseworker
    @GetMapping("/api/v1/delivered-help-complaints")
    List<DeliveredHelpComplaint> list() {
        return complaints.list(users.current());
    }

    @RequireCaseworker
    @PostMapping("/api/v1/delivered-help-complaints")
    @ResponseStatus(HttpStatus.CREATED)
    DeliveredHelpComplaint register(@RequestBody RegisterBody body) {
        return complaints.register(users.current(), body.grantKey(), body.receivedOn(), body.text());
    }

    @RequireProvider
    @GetMapping("/api/v1/provider/delivered-help-complaints")
    List<DeliveredHelpComplaint> providerList() {
        return complaints.list(users.current());
    }

    @RequireProvider
    @GetMapping("/api/v1/provider/delivered-help-complaints/{id}")
    DeliveredHelpComplaint providerOne(@PathVariable long id) {
        return complaints.one(users.current(), id);
    }

    @RequireProvider
    @PostMapping("/api/v1/provider/delivered-help-complaints")
    @ResponseStatus(HttpStatus.CREATED)
    DeliveredHelpComplaint providerRegister(@RequestBody RegisterBody body) {
        return complaints.register(users.current(), body.grantKey(), body.receivedOn(), body.text());
    }

    @RequireProvider
    @PostMapping("/api/v1/provider/delivered-help-complaints/{id}/statement")
    DeliveredHelpComplaint answer(@PathVariable long id, @RequestBody StatementBody body) {
        return complaints.answer(users.current(), id, body.statement(), body.version() == null ? -1 : body.version());
    }
}

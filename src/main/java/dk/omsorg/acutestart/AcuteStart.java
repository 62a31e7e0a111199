package dk.omsorg.acutestart;

import java.time.LocalDate;

/** An acute start as staff and the provider read it. */
public record AcuteStart(long id, long citizenId, String citizenName, long providerId, String providerName,
                         LocalDate startedOn, String help, CalledBy calledBy, String caller, boolean newCitizen,
                         LocalDate decideBy, Status status, Long decisionId, String refusalReason, LocalDate endedOn,
                         int version) {

    /** Who asked for the help: the provider itself (a citizen it serves), a GP or a hospital. */
    public enum CalledBy { PROVIDER, GP, HOSPITAL }

    public enum Status { OPEN, GRANTED, REFUSED }

    public boolean open() {
        return status == Status.OPEN;
    }
}

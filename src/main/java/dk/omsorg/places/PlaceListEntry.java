package dk.omsorg.places;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A citizen on a waiting list (place_list_entry, V49), put there under a granted intervention of a decision (seed 002:
 * "Enhver ansøgning om ophold i midlertidig bolig er en revisitation") with the purpose of the stay.
 *
 * @param priorityClass   TEMPORARY_STAY: the class code of places.yaml; null on other lists
 * @param wishedUnit      NURSING_HOME_SPECIFIC: the wished nursing home's unit code
 * @param preferredUnits  INTERVAL_STAY: the units where a stay suits the citizen best
 * @param refusedUnits    INTERVAL_STAY: the units where the citizen does not want to stay
 * @param listedOn        the list date: ranks the entries of a class, oldest first
 * @param guaranteeFrom   NURSING_HOME_GENERAL: the day the plejeboliggaranti's months run from
 * @param inHospitalSince the class "Indlagte, der er færdigbehandlede": ready for discharge since
 */
public record PlaceListEntry(long id, long citizenId, String citizenName, WaitingList list, UUID grantKey, long decisionId,
                             String purpose, String priorityClass, String wishedUnit, List<String> preferredUnits,
                             List<String> refusedUnits, LocalDate listedOn, LocalDate guaranteeFrom,
                             LocalDate inHospitalSince, LocalDate reviewedOn, Status status, LocalDate removedOn,
                             RemovalReason removalReason, String removalNote, String createdBy, int version) {

    public enum Status {
        WAITING,
        OFFERED,
        PLACED,
        REMOVED;

        /** On the list: waiting, or with an open offer. */
        public boolean live() {
            return this == WAITING || this == OFFERED;
        }
    }

    /** Why a citizen was taken off a list (seed 002 asks to be told on death and hospital admission). */
    public enum RemovalReason {
        DEATH,
        HOSPITAL_ADMISSION,
        NO_LONGER_NEEDED,
        OTHER
    }

    /** A change of priority class with its date and reason (seed 002: "i takt med ændringer i borgerens livssituation"). */
    public record PriorityChange(LocalDate changedOn, String fromClass, String toClass, String reason, String changedBy) {
    }
}

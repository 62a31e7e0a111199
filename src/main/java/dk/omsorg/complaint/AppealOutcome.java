package dk.omsorg.complaint;

/**
 * Ankestyrelsen's decision on a forwarded complaint: stadfæstet, ændret, hjemvist, ophævet, afvist. A changed or
 * remanded decision is carried out by the authority (a new decision version after the complaint).
 */
public enum AppealOutcome {
    CONFIRMED, CHANGED, REMANDED, ANNULLED, DISMISSED;

    public boolean needsFollowUp() {
        return this == CHANGED || this == REMANDED;
    }
}

package dk.omsorg.inquiry;

/** How urgently the coordinator must hand the inquiry on; the queue is ordered by it first. */
public enum Priority {
    ACUTE,
    HIGH,
    NORMAL
}

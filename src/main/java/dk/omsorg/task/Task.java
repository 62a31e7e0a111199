package dk.omsorg.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One task (opgave) as the queue shows it: the work, the citizen it concerns (with the name, for the list), who owns
 * it — a user or a team — and when it is due.
 *
 * @param ownerUser the owning user's username, or null when a team owns it
 * @param ownerRole the owning team (a role in the municipality), or null when a user owns it
 * @param closedBy  who closed it ("system" when a module's event did so without naming a person)
 */
public record Task(long id, int municipalityId, long citizenId, String citizenName, TaskKind kind, String subjectKey,
                   String title, String link, String ownerUser, String ownerRole, LocalDate dueOn, Status status,
                   Instant closedAt, String closedBy, int version) {

    public enum Status {
        OPEN,
        DONE,
        CANCELLED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /**
     * The link if it is a path within the application ("/inquiries/17"), else null: a page never links from a task
     * to another site or to a script.
     */
    public String pageLink() {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") ? link : null;
    }

    /** Open and due before {@code today}. */
    public boolean overdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}

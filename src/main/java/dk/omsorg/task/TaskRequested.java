package dk.omsorg.task;

import java.time.LocalDate;

/**
 * A module asks for a task. One task exists per {@code (municipalityId, kind, subjectKey)}: while it is open a
 * repeated request updates its title, link, owner and due date (an inquiry assigned to a caseworker, a deadline
 * extended); once it is closed a repeated request is ignored, so a redelivered event never opens work twice.
 * A publisher therefore chooses a subject key per round of work ("inquiry:17", "follow-up:42",
 * "course-final:&lt;grant key&gt;").
 *
 * @param title     what to do, in Danish, as the caseworker reads it (no codes)
 * @param link      the page the work is done on, relative to the application ("/inquiries/17")
 * @param ownerUser the user who owns the task, or null when a team owns it
 * @param ownerRole the team (role in the municipality) that owns it when no user does, e.g. COORDINATOR
 */
public record TaskRequested(int municipalityId, long citizenId, TaskKind kind, String subjectKey, String title,
                            String link, String ownerUser, String ownerRole, LocalDate due) {
}

package dk.omsorg.citizen.web;

import java.util.List;

/**
 * The sections of the citizen overview the caseworker switches between below the summary. Each is another module's
 * part at its own URL ({@code /citizens/{id}/<path>}): an htmx request gets the fragment the overview shows in its
 * panel, a plain request (a browser without JavaScript) the module's own page. The citizen module knows only the URLs.
 *
 * @param key   the value of {@code ?section=} that opens the overview on this section
 * @param path  the section's URL below the citizen
 * @param label the tab's text (message key)
 */
public record CitizenSection(String key, String path, String label) {

    /** In the order of the caseworker's work: assess, decide, who delivers, delivery, notices, then the case's record. */
    static final List<CitizenSection> ALL = List.of(
            new CitizenSection("assessments", "assessments", "citizen.tab.assessments"),
            new CitizenSection("decisions", "decisions", "citizen.tab.decisions"),
            new CitizenSection("providers", "providers", "citizen.tab.providers"),
            new CitizenSection("visits", "visits", "citizen.tab.visits"),
            new CitizenSection("notices", "notices", "citizen.tab.notices"),
            new CitizenSection("journal", "journal", "citizen.tab.journal"),
            new CitizenSection("follow-ups", "follow-ups", "citizen.tab.followUps"),
            new CitizenSection("inquiries", "inquiries", "citizen.tab.inquiries"),
            new CitizenSection("contacts", "contacts", "citizen.tab.contacts"),
            // the social area's pools of hours and days (§ 97, § 84); empty where none is granted
            new CitizenSection("pools", "pools", "citizen.tab.pools"),
            // the adult social area's own pages (§ 100, § 107, § 96, VUM), as links
            new CitizenSection("social", "social", "citizen.tab.social"),
            // the hospital's genoptræningsplaner archived on the citizen (seed 002), to order the training
            new CitizenSection("retraining-plans", "retraining-plans", "citizen.tab.retrainingPlans"),
            // places (issue 19): the citizen's waiting-list entries and stays
            new CitizenSection("places", "stays", "citizen.tab.places"));
    // the open tasks are not a tab: the summary above the tabs always shows them

    /** The section the overview opens on when none is asked for: the latest assessment, where a case starts. */
    static final CitizenSection DEFAULT = ALL.get(0);

    /** The section asked for, or the default one for none or an unknown one. */
    static CitizenSection of(String key) {
        return key == null ? DEFAULT : ALL.stream().filter(s -> s.key.equals(key)).findFirst().orElse(DEFAULT);
    }

    /** The section's URL for the citizen. */
    public String url(long citizenId) {
        return "/citizens/" + citizenId + "/" + path;
    }
}

package dk.omsorg.demo;

import dk.omsorg.assessment.AssessmentDraft;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.rehabilitation.Course;
import dk.omsorg.rehabilitation.Courses;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.DanishTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A running § 83 a course in Greve for a new user to look at (issue 21, seed 004): Inge Rasmussen, four weeks into a
 * course of daily personal hygiene with Solsikken, with its owner, the provider's contact person, a goal in FSIII and
 * IPPA at the start; the mid-way evaluation is due soon. Made through the real use cases.
 */
@Component
@Profile("!prod")
class DemoCourses {

    private static final String PERSONLIG_PLEJE = "feb38b55-c2d7-4d57-99c2-93622eaa0025";
    private static final String MOBILITET = "d8aa5f09-cd9c-4996-a853-1c95ee98f25c";

    private final Inquiries inquiries;
    private final Assessments assessments;
    private final Decisions decisions;
    private final Courses courses;
    private final StaffDirectory staff;

    DemoCourses(Inquiries inquiries, Assessments assessments, Decisions decisions, Courses courses, StaffDirectory staff) {
        this.inquiries = inquiries;
        this.assessments = assessments;
        this.decisions = decisions;
        this.courses = courses;
        this.staff = staff;
    }

    void register(LocalDate today) {
        LocalDate start = today.minusWeeks(4);
        Inquiry inquiry = DemoData.as(staff, "koordinator", () -> {
            Inquiry registered = inquiries.register(new Citizens.NewCitizen(CprNumber.of("080641-2336"), "Inge Rasmussen",
                            "Greve Strandvej 30, 2670 Greve", "+45 43 97 00 00", "greve-nord"),
                    new Inquiry.Intake(InquirySource.CITIZEN, null,
                            start.minusDays(10).atTime(9, 30).atZone(DanishTime.ZONE).toInstant(),
                            "Hjælp til personlig pleje efter hoftebrud", "SEL § 83", Consent.NOT_NEEDED, Priority.NORMAL));
            inquiries.assign(registered.id(), "visitator");
            return registered;
        });
        long providerId = staff.loadUserByUsername("leverandor-a").providerId();
        DemoData.as(staff, "visitator", () -> {
            assessments.record(inquiry.citizenId(), inquiry.id(), new AssessmentDraft(start.minusDays(3),
                    "Hoftebrud for seks uger siden; usikker gang og kan ikke selv vaske sig. Motiveret for træning.",
                    Map.of(PERSONLIG_PLEJE, 3, MOBILITET, 3), null, Map.of(PERSONLIG_PLEJE, 1, MOBILITET, 2)));
            Decision decision = decisions.make(inquiry.citizenId(), new DecisionDraft(inquiry.id(), null,
                    "Borgeren har potentiale til at blive selvhjulpen med personlig hygiejne; et rehabiliteringsforløb tilbydes.",
                    false, null, List.of(new GrantInput(null, "rh-daglig-hygiejne", 1, FrequencyUnit.DAY, Set.of(Shift.DAY), 20,
                    start, null, "Kan selv vaske ansigt og overkrop og komme sikkert ud af sengen", false, null,
                    new ProviderChoice(providerId, ProviderChoiceKind.SELECTED_BY_MUNICIPALITY,
                            "Leverandøren har ledig kapacitet til rehabiliteringsforløb i borgerens distrikt"))), List.of()));
            Course course = courses.read(courses.idOf(decision.grants().get(0).grantKey()));
            course = courses.assignOwner(course.id(), course.version(), "visitator");
            course = courses.setContact(course.id(), course.version(), "Lene Solsikke", "+45 70 20 30 41");
            course = courses.addGoal(course.id(), course.version(), UUID.fromString(PERSONLIG_PLEJE), null);
            course = courses.addGoal(course.id(), course.version(), UUID.fromString(MOBILITET), null);
            course = courses.recordIppa(course.id(), course.version(), List.of(
                    new Courses.ProblemInput("At vaske mig selv om morgenen", 5, 4, null),
                    new Courses.ProblemInput("At komme ud og ind af sengen", 4, 4, null),
                    new Courses.ProblemInput("At gå ned til postkassen", 2, 5, null)));
            courses.addNote(course.id(), "Første uge: øver at vaske overkrop siddende; bruger badebænk.");
            return decision;
        });
    }
}

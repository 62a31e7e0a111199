package dk.omsorg.demo;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.decision.MeasureInput;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.places.PlaceLists;
import dk.omsorg.places.WaitingList;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.DanishTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Greve's temporary-stay list for a new user to look at (issue 19; seed 002 "Procedure for midlertidige boliger"):
 * three citizens granted a temporary stay and put on the list — Høj listed three weeks ago, Høj listed last week and
 * Akut today — so the ranking (class first, then the oldest list date) shows on /places/lists/temporary-stay, and one
 * on the general nursing-home list with its plejeboliggaranti deadline. Made through the real use cases.
 */
@Component
@Profile("!prod")
class DemoPlaces {

    private record Applicant(String cpr, String name, String address, String intervention, WaitingList list,
                             String priorityClass, int listedDaysAgo, String purpose) {
    }

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("110437-2222", "Ruth Jeppesen", "Hundige Strandvej 12, 2670 Greve", "midlertidigt-ophold",
                    WaitingList.TEMPORARY_STAY, "HIGH", 21, "Kan ikke få den nødvendige hjælp i eget hjem efter fald"),
            new Applicant("230540-3331", "Henning Bak", "Tune Vej 40, 2670 Greve", "midlertidigt-ophold",
                    WaitingList.TEMPORARY_STAY, "HIGH", 7, "Afklaring af fremtidig boform"),
            new Applicant("050933-2442", "Gerda Holm", "Karlslunde Strandvej 5, 2690 Karlslunde", "midlertidigt-ophold",
                    WaitingList.TEMPORARY_STAY, "ACUTE", 0, "Ægtefællen er indlagt; borgeren kan ikke være alene"),
            new Applicant("191230-1552", "Aage Lund", "Greve Centervej 22, 2670 Greve", "plejebolig",
                    WaitingList.NURSING_HOME_GENERAL, null, 20, "Varigt behov for pleje døgnet rundt"));

    private final Inquiries inquiries;
    private final Decisions decisions;
    private final PlaceLists lists;
    private final StaffDirectory staff;

    DemoPlaces(Inquiries inquiries, Decisions decisions, PlaceLists lists, StaffDirectory staff) {
        this.inquiries = inquiries;
        this.decisions = decisions;
        this.lists = lists;
        this.staff = staff;
    }

    void register(LocalDate today) {
        for (Applicant a : APPLICANTS) {
            LocalDate applied = today.minusDays(a.listedDaysAgo() + 3);
            Inquiry inquiry = DemoData.as(staff, "koordinator", () -> {
                Inquiry registered = inquiries.register(new Citizens.NewCitizen(CprNumber.of(a.cpr()), a.name(), a.address(),
                                "+45 43 97 00 00"),
                        new Inquiry.Intake(InquirySource.CITIZEN, null, applied.atTime(10, 0).atZone(DanishTime.ZONE).toInstant(),
                                "Ansøgning om " + (a.list() == WaitingList.TEMPORARY_STAY ? "midlertidigt ophold" : "plejebolig"),
                                a.list() == WaitingList.TEMPORARY_STAY ? "SEL § 84 stk. 2" : "Almenboligloven § 54 stk. 2",
                                Consent.NOT_NEEDED, Priority.NORMAL));
                inquiries.assign(registered.id(), "visitator");
                return registered;
            });
            DemoData.as(staff, "visitator", () -> {
                LocalDate decided = today.minusDays(a.listedDaysAgo());
                Decision decision = decisions.make(inquiry.citizenId(), new DecisionDraft(inquiry.id(), null,
                        "Borgeren opfylder kriterierne efter en konkret og individuel vurdering.", false, null,
                        List.of(new GrantInput(null, a.intervention(), null, null, 1, Set.of(), null, decided, null, a.purpose(),
                                true, "Konkret og individuel vurdering ved visitationsbesøg.", null, null,
                                new MeasureInput(null, null, "Kommunens pladser", null))), List.of()));
                lists.putOnList(inquiry.citizenId(), new PlaceLists.NewEntry(a.list(),
                        decision.grants().get(0).grantKey().toString(), a.purpose(), a.priorityClass(), null, List.of(),
                        List.of(), decided, null));
                return decision;
            });
        }
    }
}

package dk.omsorg.complaint;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.complaint.internal.AcknowledgementRenderer;
import dk.omsorg.complaint.internal.AcknowledgementRenderer.Acknowledgement;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Refusal;
import dk.omsorg.municipality.Municipalities;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The acknowledgement letter (kvittering) to the complainant, with the expected dates: the reconsideration by, and
 * the forwarding to Ankestyrelsen by when the decision is maintained (retssikkerhedsloven § 67: both within 4 weeks of
 * receipt); a late complaint is told that it still goes on; a decision that cannot be appealed is answered so.
 */
@Service
public class ComplaintAcknowledgements {

    private final Complaints complaints;
    private final Decisions decisions;
    private final Citizens citizens;
    private final Municipalities municipalities;
    private final AcknowledgementRenderer renderer;

    ComplaintAcknowledgements(Complaints complaints, Decisions decisions, Citizens citizens,
                              Municipalities municipalities, AcknowledgementRenderer renderer) {
        this.complaints = complaints;
        this.decisions = decisions;
        this.citizens = citizens;
        this.municipalities = municipalities;
        this.renderer = renderer;
    }

    /** The acknowledgement as a PDF; reading it is audited as reading the complaint. */
    @RequireCitizenAccess
    @Transactional
    public byte[] pdf(long complaintId) {
        Complaint c = complaints.read(complaintId);
        Decision decision = decisions.stored(c.decisionId()).orElseThrow();
        Citizen citizen = citizens.accessible(c.citizenId());
        String complainant = complaints.complainantName(c, citizen);
        String received = "Vi har den " + DanishText.date(c.receivedOn()) + " modtaget "
                + (c.channel() == Complaint.Channel.ORAL ? "din mundtlige klage" : "din skriftlige klage")
                + " over vores afgørelse af " + DanishText.date(decision.decidedOn()) + ".";
        String about = c.wholeDecision() ? "Klagen gælder hele afgørelsen."
                : "Klagen gælder: " + String.join("; ", parts(c, decision)) + ".";
        String due = DanishText.date(c.reconsiderationDue());
        String late = !c.late() ? null : "Klagen er modtaget efter klagefristen, som udløb den "
                + DanishText.date(c.complaintDeadline()) + ". Den bliver alligevel behandlet, og Ankestyrelsen "
                + "afgør, om der kan ses bort fra, at den er kommet for sent.";
        List<String> closed = nonAppealable(c, decision);
        String notAppealable = closed.isEmpty() ? null : "Afgørelsen om " + String.join("; ", closed)
                + " kan efter loven ikke indbringes for Ankestyrelsen eller anden administrativ myndighed. "
                + (c.appealable() ? "Den del af klagen sendes derfor ikke videre." : "Klagen sendes derfor ikke videre.");
        Acknowledgement letter = new Acknowledgement(municipalities.byCode(c.municipalityId()).name(), complainant,
                c.complainantContactId() == null ? null : "Vedrørende " + citizen.name(),
                DanishText.date(c.receivedOn()), received, about, c.appealable(),
                "Vi genvurderer afgørelsen og giver dig svar senest den " + due + ".",
                "Giver vi dig ikke fuldt ud medhold, sender vi klagen og sagens dokumenter til Ankestyrelsen senest den "
                        + due + ", og du får besked, når vi har gjort det.",
                late, notAppealable);
        return renderer.render(letter);
    }

    private static List<String> parts(Complaint c, Decision decision) {
        List<String> parts = new ArrayList<>();
        c.grantKeys().forEach(k -> decision.grant(k).ifPresent(g -> parts.add(g.interventionName())));
        c.refusalPositions().forEach(p -> parts.add("afslag på " + decision.refusals().get(p - 1).description()));
        return parts;
    }

    /** The parts complained about that cannot be appealed, with their legal basis. */
    private static List<String> nonAppealable(Complaint c, Decision decision) {
        List<String> parts = new ArrayList<>();
        List<Grant> grants = c.wholeDecision() ? decision.grants()
                : c.grantKeys().stream().flatMap(k -> decision.grant(k).stream()).toList();
        List<Refusal> refusals = c.wholeDecision() ? decision.refusals()
                : c.refusalPositions().stream().map(p -> decision.refusals().get(p - 1)).toList();
        grants.stream().filter(g -> !g.appealable())
                .forEach(g -> parts.add(g.interventionName() + basis(g.legalBasis())));
        refusals.stream().filter(r -> !r.appealable())
                .forEach(r -> parts.add("afslag på " + r.description() + basis(r.legalBasis())));
        return parts.stream().distinct().collect(Collectors.toList());
    }

    private static String basis(String legalBasis) {
        return legalBasis == null ? "" : " (" + legalBasis + ")";
    }
}

package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which legal basis a grant rests on when it is decided: the catalogue's dated bases in force on the
 * decision date for the citizen's age group, else the standard's own words. A decision under a basis
 * that no longer applies gets a finding, in Danish, so the caseworker sees it before the letter cites
 * a repealed rule.
 */
public final class LegalBasisInForce {

    private final FolkepensionAge pensionAge;

    public LegalBasisInForce(FolkepensionAge pensionAge) {
        this.pensionAge = pensionAge;
    }

    /**
     * The basis in force.
     *
     * @param text       the basis or bases (joined with " / ") the grant rests on
     * @param citizenAge the citizen's age on the decision date where the basis divides by age; else null
     * @param finding    a LEGAL_BASIS finding when no basis the catalogue gives is in force; else null
     */
    public record Reading(String text, Integer citizenAge, Finding finding) {
    }

    /**
     * @param birthDate the citizen's birth date (from the CPR number); null when not known
     */
    public Reading read(Area area, Intervention intervention, LocalDate decidedOn, LocalDate birthDate) {
        String standard = String.join(" / ", area.legalBasis());
        List<LegalBasis> bases = area.legalBasesFor(intervention);
        if (bases.isEmpty()) {
            return new Reading(standard, null, null);
        }
        List<LegalBasis> inForce = bases.stream().filter(b -> b.inForceOn(decidedOn)).toList();
        boolean byAge = inForce.stream().anyMatch(LegalBasis::byAge);
        Boolean pension = birthDate == null || !byAge ? null : pensionAge.reached(birthDate, decidedOn);
        Set<String> applying = new LinkedHashSet<>();
        inForce.stream().filter(b -> b.appliesTo(pension)).forEach(b -> applying.add(b.text()));
        Integer age = byAge && birthDate != null ? FolkepensionAge.age(birthDate, decidedOn) : null;
        if (!applying.isEmpty()) {
            return new Reading(String.join(" / ", applying), age, null);
        }
        String who = pension == null ? "" : pension ? " for borgere i folkepensionsalderen"
                : " for borgere under folkepensionsalderen";
        String name = intervention == null ? area.name() : intervention.name();
        return new Reading(standard, age, new Finding(FindingRule.LEGAL_BASIS, Severity.WARNING,
                intervention == null ? null : intervention.code(),
                name + ": kvalitetsstandarden angiver intet lovgrundlag, der gælder den " + DanishText.date(decidedOn)
                        + who + ". Lovgrundlaget " + standard + " gælder ikke længere. En bevilling kræver en konkret "
                        + "begrundelse, indtil kommunens nye kvalitetsstandard er indlæst.", standard));
    }

    /**
     * A finding when a grant carried unchanged into a new decision version rests on a basis that no
     * longer applies to the citizen; null when it still does.
     */
    public Finding carried(String storedBasis, String interventionCode, String interventionName, Reading today,
                           LocalDate decidedOn) {
        if (storedBasis == null || today.text().equals(storedBasis)) {
            return null;
        }
        return new Finding(FindingRule.LEGAL_BASIS, Severity.INFO, interventionCode, interventionName
                + ": bevillingen er truffet efter " + storedBasis + ", men den " + DanishText.date(decidedOn) + " gælder "
                + today.text() + ". Ændres bevillingen, træffes afgørelsen efter " + today.text() + ".", storedBasis);
    }
}

package dk.omsorg.demo;

import dk.omsorg.catalog.Shift;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.specialcase.OfferComparison;
import dk.omsorg.specialcase.SpecialCaseContracts;
import dk.omsorg.specialcase.SpecialCaseOffers;
import dk.omsorg.specialcase.SpecialCaseOpening;
import dk.omsorg.specialcase.SpecialCaseSetting;
import dk.omsorg.specialcase.SpecialCases;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;

/**
 * Seed 000 "Særlige borgere" for a new user to look at: Svend Winther, who has fast vagt day and night at home, gets
 * an open special case, made through the real use cases as {@link DemoCare} makes the rest. The caseworker opens it
 * (contact caseworker, the citizen told that the municipality selects the provider); the leader records two offers —
 * the municipal home care at the takstblad's rates and Kystens Hjemmeservice at its own, dearer rates — compares
 * them and contracts with the cheapest; finance's notice of the monthly cost follows from the contract.
 */
@Component
@Profile("!prod")
class DemoSpecialCase {

    private final SpecialCases cases;
    private final SpecialCaseOffers offers;
    private final OfferComparison comparison;
    private final SpecialCaseContracts contracts;
    private final StaffDirectory staff;

    DemoSpecialCase(SpecialCases cases, SpecialCaseOffers offers, OfferComparison comparison,
                    SpecialCaseContracts contracts, StaffDirectory staff) {
        this.cases = cases;
        this.offers = offers;
        this.comparison = comparison;
        this.contracts = contracts;
        this.staff = staff;
    }

    /** The case of the citizen whose fast vagt started on {@code watchStart}. */
    void open(long citizenId, LocalDate watchStart) {
        SpecialCases.Outcome outcome = DemoData.as(staff, "visitator", () -> cases.open(citizenId, new SpecialCaseOpening(
                null, SpecialCaseSetting.HOME, Set.of(Shift.DAY, Shift.NIGHT),
                "Alzheimers demens med udadreagerende adfærd og stor uro; forlader boligen. Behov for fast vagt "
                        + "(1:1) om dagen og om natten for at beskytte borgeren.",
                true, false, "visitator", null, watchStart)));
        if (!(outcome instanceof SpecialCases.Opened opened)) {
            throw new IllegalStateException("Demo special case not opened: " + outcome);
        }
        long caseId = opened.specialCase().id();
        long municipal = staff.loadUserByUsername("hjemmeplejen").providerId();
        long kystens = staff.loadUserByUsername("leverandor-b").providerId();
        DemoData.as(staff, "leder", () -> {
            // the municipal provider is paid by the takstblad: its offer's rates are left empty and filled in
            offers.record(caseId, new SpecialCaseOffers.NewOffer(municipal, watchStart, null, null, null,
                    watchStart, null, 1));
            offers.record(caseId, new SpecialCaseOffers.NewOffer(kystens, watchStart, "455,00", "590,00", "585,00",
                    watchStart, watchStart.plusYears(1), 1));
            comparison.compare(caseId);
            return contracts.make(caseId, new SpecialCaseContracts.NewContract(watchStart, 1));
        });
    }
}

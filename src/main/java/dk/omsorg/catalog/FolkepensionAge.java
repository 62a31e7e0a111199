package dk.omsorg.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folkepensionsalderen by birth date (Lov om social pension § 1 a): reference data loaded from
 * {@code reference/folkepension-age.yaml}, since the age rises by law for later birth years.
 */
public final class FolkepensionAge {

    private final List<Band> bands;

    /** @throws IllegalArgumentException when the bands leave a birth date uncovered or overlap */
    public FolkepensionAge(List<Band> bands) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(b -> b.bornFrom() == null ? LocalDate.MIN : b.bornFrom()));
        if (sorted.isEmpty() || sorted.get(0).bornFrom() != null || sorted.get(sorted.size() - 1).bornTo() != null) {
            throw new IllegalArgumentException("The bands must cover every birth date: the first opens with no bornFrom, the last ends with no bornTo");
        }
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousTo = sorted.get(i - 1).bornTo();
            if (previousTo == null || !previousTo.plusDays(1).equals(sorted.get(i).bornFrom())) {
                throw new IllegalArgumentException("Band " + (i + 1) + " must start the day after band " + i + " ends");
            }
        }
        this.bands = List.copyOf(sorted);
    }

    /** The folkepension age of a person born on {@code birthDate}. */
    public Period ageFor(LocalDate birthDate) {
        return bands.stream().filter(b -> b.covers(birthDate)).findFirst().orElseThrow().age();
    }

    /** The reference data as the application reads it ({@code reference/folkepension-age.yaml}). */
    public static FolkepensionAge fromClasspath() {
        return dk.omsorg.catalog.internal.FolkepensionAgeFile.fromClasspath();
    }

    /** Whether someone born on {@code birthDate} has reached the folkepension age on {@code on}. */
    public boolean reached(LocalDate birthDate, LocalDate on) {
        return !on.isBefore(reachedOn(birthDate));
    }

    /** Age in whole years on a day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** The day the person reaches the folkepension age. */
    public LocalDate reachedOn(LocalDate birthDate) {
        Period age = ageFor(birthDate);
        return birthDate.plusYears(age.getYears()).plusMonths(age.getMonths());
    }

    /**
     * One band of § 1 a stk. 1.
     *
     * @param bornFrom the first birth date of the band; null for all before
     * @param bornTo   the last birth date of the band; null for all after
     */
    public record Band(LocalDate bornFrom, LocalDate bornTo, int years, int months) {

        public Band {
            if (years < 1 || months < 0 || months > 11) {
                throw new IllegalArgumentException("An age needs positive years and 0-11 months");
            }
            if (bornFrom != null && bornTo != null && bornTo.isBefore(bornFrom)) {
                throw new IllegalArgumentException("A band cannot end before it starts");
            }
        }

        boolean covers(LocalDate birthDate) {
            return (bornFrom == null || !birthDate.isBefore(bornFrom)) && (bornTo == null || !birthDate.isAfter(bornTo));
        }

        Period age() {
            return Period.of(years, months, 0);
        }
    }
}

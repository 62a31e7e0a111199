package dk.omsorg.additionalcosts.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy.Band;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy.Dated;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy.Level;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code policy/<code>-<name>/additional-costs.yaml} strictly: unknown fields, missing values, amounts with
 * more than two decimals, bands out of order and overlapping validity are all reported at once with file, line and
 * field; the application does not start with such a file.
 */
public final class AdditionalCostsFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private AdditionalCostsFiles() {
    }

    public static AdditionalCostsPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, AdditionalCostsFileException::new);
        FileEntry e = read.entry();
        Problems p = new Problems(new ArrayList<>(), read.lines(), read.label());
        p.check(e.municipality != null && e.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(text(e.source), "source", "must cite where the levels come from");
        p.check(e.leisureKmPerMonth != null && e.leisureKmPerMonth > 0 && e.leisureKmPerMonth <= 10_000,
                "leisureKmPerMonth", "is required: km per month, 1–10000");
        p.check(e.holidayWeeksPerYear != null && e.holidayWeeksPerYear > 0 && e.holidayWeeksPerYear <= 52,
                "holidayWeeksPerYear", "is required: weeks, 1–52");
        p.check(e.holidayApplicationWeeks != null && e.holidayApplicationWeeks >= 0 && e.holidayApplicationWeeks <= 52,
                "holidayApplicationWeeks", "is required: weeks, 0–52");
        List<Level> levels = new ArrayList<>();
        List<LevelEntry> levelEntries = e.levels == null ? List.of() : e.levels;
        p.check(!levelEntries.isEmpty(), "levels", "is required: at least one level");
        for (int i = 0; i < levelEntries.size(); i++) {
            LevelEntry l = levelEntries.get(i);
            String at = "levels[" + i + "]";
            int before = p.problems.size();
            validity(p, at, l.validFrom, l.validTo, l.source);
            List<Band> bands = new ArrayList<>();
            List<BandEntry> bandEntries = l.bands == null ? List.of() : l.bands;
            p.check(!bandEntries.isEmpty(), at + ".bands", "is required: at least one band");
            for (int b = 0; b < bandEntries.size(); b++) {
                Money from = p.amount(at + ".bands[" + b + "].from", bandEntries.get(b).from);
                Money standard = p.amount(at + ".bands[" + b + "].standard", bandEntries.get(b).standard);
                if (from != null && standard != null) {
                    p.check(bands.isEmpty() || from.compareTo(bands.get(bands.size() - 1).from()) > 0,
                            at + ".bands[" + b + "].from", "must be above the previous band's from");
                    bands.add(new Band(from, standard));
                }
            }
            Money top = p.amount(at + ".top", l.top);
            if (top != null && !bands.isEmpty()) {
                p.check(top.compareTo(bands.get(bands.size() - 1).from()) > 0, at + ".top", "must be above the last band's from");
            }
            if (p.problems.size() == before) {
                Level level = new Level(l.validFrom, l.validTo, l.source.strip(), List.copyOf(bands), top);
                for (Level other : levels) {
                    p.check(!overlaps(other.validFrom(), other.validTo(), level.validFrom(), level.validTo()),
                            at + ".validFrom", "overlaps another level: two levels may not be in force on the same day");
                }
                levels.add(level);
            }
        }
        List<Dated<Money>> ceilings = dated(p, "medicineCeilings", e.medicineCeilings, true);
        List<Dated<Money>> kmRates = dated(p, "kmRates", e.kmRates, false);
        if (!p.problems.isEmpty()) {
            throw new AdditionalCostsFileException(p.problems);
        }
        return new AdditionalCostsPolicy(e.municipality, e.source.strip(), List.copyOf(levels), ceilings, kmRates,
                e.leisureKmPerMonth, e.holidayWeeksPerYear, e.holidayApplicationWeeks, read.label());
    }

    private static List<Dated<Money>> dated(Problems p, String field, List<AmountEntry> entries, boolean yearly) {
        List<Dated<Money>> out = new ArrayList<>();
        List<AmountEntry> list = entries == null ? List.of() : entries;
        p.check(!list.isEmpty(), field, "is required: at least one entry");
        for (int i = 0; i < list.size(); i++) {
            AmountEntry a = list.get(i);
            String at = field + "[" + i + "]";
            int before = p.problems.size();
            validity(p, at, a.validFrom, a.validTo, a.source);
            p.check(!yearly || a.perKm == null, at + ".perKm", "is not a field here (use yearly)");
            p.check(yearly || a.yearly == null, at + ".yearly", "is not a field here (use perKm)");
            Money amount = p.amount(at + (yearly ? ".yearly" : ".perKm"), yearly ? a.yearly : a.perKm);
            if (p.problems.size() == before) {
                for (Dated<Money> other : out) {
                    p.check(!overlaps(other.validFrom(), other.validTo(), a.validFrom, a.validTo), at + ".validFrom",
                            "overlaps another entry: two may not be in force on the same day");
                }
                out.add(new Dated<>(a.validFrom, a.validTo, a.source.strip(), amount));
            }
        }
        return List.copyOf(out);
    }

    private static void validity(Problems p, String at, LocalDate from, LocalDate to, String source) {
        p.check(from != null, at + ".validFrom", "is required: the first day in force");
        p.check(to == null || from == null || !to.isBefore(from), at + ".validTo", "is before validFrom");
        p.check(text(source), at + ".source", "must cite the seed the figures come from");
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !bFrom.isAfter(aTo)) && (bTo == null || !aFrom.isAfter(bTo));
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    private record Problems(List<String> problems, YamlLines lines, String file) {
        void check(boolean ok, String field, String message) {
            if (!ok) {
                problems.add(PolicyFile.problem(file, lines.line(field), field, message));
            }
        }

        Money amount(String field, String kroner) {
            try {
                Money m = Money.parse(kroner);
                check(!m.isNegative() && m.ore() > 0, field, "must be above 0");
                return m.ore() > 0 ? m : null;
            } catch (IllegalArgumentException e) {
                check(false, field, "is required: kroner with at most two decimals (\"1.074,00\")");
                return null;
            }
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<LevelEntry> levels;
        @JsonProperty List<AmountEntry> medicineCeilings;
        @JsonProperty List<AmountEntry> kmRates;
        @JsonProperty Integer leisureKmPerMonth;
        @JsonProperty Integer holidayWeeksPerYear;
        @JsonProperty Integer holidayApplicationWeeks;
    }

    static final class LevelEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty List<BandEntry> bands;
        @JsonProperty String top;
    }

    static final class BandEntry {
        @JsonProperty String from;
        @JsonProperty String standard;
    }

    static final class AmountEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty String yearly;
        @JsonProperty String perKm;
    }

    /** Policy files that cannot be used; the application refuses to start with them. */
    public static final class AdditionalCostsFileException extends RuntimeException {
        private final List<String> problems;

        public AdditionalCostsFileException(List<String> problems) {
            super("Invalid additional-costs file(s):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}

package dk.omsorg.bpa.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.bpa.BpaPolicy;
import dk.omsorg.bpa.BpaPolicy.Rate;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code policy/<code>-<name>/bpa.yaml} strictly; every problem at once with file, line and field. */
public final class BpaFiles {

    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    private BpaFiles() {
    }

    public static BpaPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, BpaFileException::new);
        String file = read.label();
        FileEntry entry = read.entry();
        YamlLines lines = read.lines();
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = read.checker(problems);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(entry.source != null && !entry.source.isBlank(), "source", "must cite where the policy comes from");
        p.check(entry.followUpMonths != null && entry.followUpMonths >= 1 && entry.followUpMonths <= 60, "followUpMonths",
                "is required: months, 1–60");
        p.check(entry.teamNotKeptWeeks != null && entry.teamNotKeptWeeks >= 1 && entry.teamNotKeptWeeks <= 52,
                "teamNotKeptWeeks", "is required: weeks, 1–52");
        p.check(entry.rates != null && !entry.rates.isEmpty(), "rates", "is required: at least one rate");
        List<Rate> rates = new ArrayList<>();
        List<RateEntry> entries = entry.rates == null ? List.of() : entry.rates;
        for (int i = 0; i < entries.size(); i++) {
            RateEntry r = entries.get(i);
            String at = "rates[" + i + "]";
            int before = problems.size();
            p.check(r.validFrom != null, at + ".validFrom", "is required: the first day the rate is in force");
            p.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo", "is before validFrom");
            p.check(r.source != null && !r.source.isBlank(), at + ".source", "must cite where the rate comes from");
            boolean rateOk = r.hourlyRate != null && r.hourlyRate.strip().matches("\\d+(\\.\\d{1,2})?")
                    && Money.parse(r.hourlyRate.strip()).ore() > 0;
            p.check(rateOk, at + ".hourlyRate", "is required: kroner per hour with at most two decimals, above 0");
            boolean percentOk = r.administrationPercent != null && r.administrationPercent.strip().matches("\\d{1,2}(\\.\\d{1,2})?");
            p.check(percentOk, at + ".administrationPercent", "is required: a percentage 0–99.99 with at most two decimals");
            if (problems.size() > before) {
                continue;
            }
            Rate rate = new Rate(r.validFrom, r.validTo, r.source.strip(), Money.parse(r.hourlyRate.strip()),
                    new BigDecimal(r.administrationPercent.strip()));
            for (Rate other : rates) {
                boolean overlap = !(other.validTo() != null && other.validTo().isBefore(rate.validFrom()))
                        && !(rate.validTo() != null && rate.validTo().isBefore(other.validFrom()));
                p.check(!overlap, at + ".validFrom", "overlaps another rate: two rates may not be in force on the same day");
            }
            rates.add(rate);
        }
        if (!problems.isEmpty()) {
            throw new BpaFileException(problems);
        }
        return new BpaPolicy(entry.municipality, entry.source.strip(), entry.followUpMonths, entry.teamNotKeptWeeks,
                List.copyOf(rates), file);
    }


    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty Integer followUpMonths;
        @JsonProperty Integer teamNotKeptWeeks;
        @JsonProperty List<RateEntry> rates;
    }

    static final class RateEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty String hourlyRate;
        @JsonProperty String administrationPercent;
    }

    /** BPA files that cannot be used; the application refuses to start with them. */
    public static final class BpaFileException extends RuntimeException {
        private final List<String> problems;

        public BpaFileException(List<String> problems) {
            super("Invalid BPA file:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}

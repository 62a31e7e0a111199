package dk.omsorg.decision.web;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionChange;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.decision.MeasureInput;
import dk.omsorg.shared.Money;
import dk.omsorg.decision.RefusalInput;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The compose and change form as the browser posts it: {@code grants[i].interventionCode},
 * {@code grants[i].times}, {@code grants[i].per}, {@code grants[i].shifts} (checkboxes),
 * {@code grants[i].minutes}, {@code grants[i].start}, {@code grants[i].end}, {@code grants[i].goals},
 * {@code grants[i].override}, {@code grants[i].overrideReason}, {@code refusals[i].*}. Numbers and
 * dates are kept as typed, so that a typo reaches the decision rules and gets their Danish message
 * instead of a binding error. Rows left without an intervention (and without anything typed) are
 * ignored, so the form can offer empty rows.
 */
public class DecisionForm {

    private Long inquiryId;
    private String appliedFor;
    private String reasoning;
    private boolean override;
    private String overrideReason;
    private Integer version;
    private Long afterComplaintId;
    private boolean minorAdjustment;
    private List<GrantRow> grants = new ArrayList<>();
    private List<RefusalRow> refusals = new ArrayList<>();

    static DecisionForm blank(Long inquiryId, String appliedFor) {
        DecisionForm form = new DecisionForm();
        form.inquiryId = inquiryId;
        form.appliedFor = appliedFor;
        return form;
    }

    static DecisionForm of(Decision decision) {
        DecisionForm form = new DecisionForm();
        form.version = decision.version();
        form.reasoning = decision.reasoning();
        decision.grants().forEach(g -> form.grants.add(GrantRow.of(g)));
        return form;
    }

    /** Drops the empty rows, so that row {@code i} is {@code grants[i]} in the rules' messages. */
    void compact() {
        grants.removeIf(g -> g == null || g.isBlank());
        refusals.removeIf(r -> r == null || r.input().isBlank());
    }

    /** Fills up with empty rows, so there are at least {@code grantRows} grant rows and one empty one. */
    void padRows(int grantRows, int refusalRows, LocalDate today) {
        long emptyGrants = grants.stream().filter(GrantRow::isBlank).count();
        while (grants.size() < grantRows || emptyGrants == 0) {
            grants.add(GrantRow.empty(today));
            emptyGrants++;
        }
        while (refusals.size() < refusalRows) {
            refusals.add(new RefusalRow());
        }
    }

    DecisionDraft draft() {
        return new DecisionDraft(inquiryId, appliedFor, reasoning, override, overrideReason, grantInputs(),
                refusals.stream().filter(r -> r != null).map(RefusalRow::input).toList());
    }

    DecisionChange change() {
        return new DecisionChange(version, minorAdjustment, reasoning, override, overrideReason, grantInputs(), afterComplaintId);
    }

    /**
     * The rows as typed, without the empty ones. Field names in errors count only these, so the
     * rows keep their place: an empty row in between would shift them, which the form avoids by
     * putting empty rows last.
     */
    List<GrantInput> grantInputs() {
        return grants.stream().filter(g -> g != null && !g.isBlank()).map(GrantRow::input).toList();
    }

    public Long getAfterComplaintId() { return afterComplaintId; }
    public void setAfterComplaintId(Long afterComplaintId) { this.afterComplaintId = afterComplaintId; }
    public Long getInquiryId() { return inquiryId; }
    public void setInquiryId(Long inquiryId) { this.inquiryId = inquiryId; }
    public String getAppliedFor() { return appliedFor; }
    public void setAppliedFor(String appliedFor) { this.appliedFor = appliedFor; }
    public String getReasoning() { return reasoning; }
    public void setReasoning(String reasoning) { this.reasoning = reasoning; }
    public boolean isOverride() { return override; }
    public void setOverride(boolean override) { this.override = override; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public boolean isMinorAdjustment() { return minorAdjustment; }
    public void setMinorAdjustment(boolean minorAdjustment) { this.minorAdjustment = minorAdjustment; }
    public List<GrantRow> getGrants() { return grants; }
    public void setGrants(List<GrantRow> grants) { this.grants = grants; }
    public List<RefusalRow> getRefusals() { return refusals; }
    public void setRefusals(List<RefusalRow> refusals) { this.refusals = refusals; }

    /** A period in the form's select: "WEEK:3" shown as "hver 3. uge". */
    public record PeriodOption(String value, String label) {
    }

    static final List<PeriodOption> PERIODS = List.of(option(FrequencyUnit.DAY, 1), option(FrequencyUnit.WEEK, 1),
            option(FrequencyUnit.WEEK, 2), option(FrequencyUnit.WEEK, 3), option(FrequencyUnit.WEEK, 4),
            option(FrequencyUnit.MONTH, 1), option(FrequencyUnit.YEAR, 1));

    private static PeriodOption option(FrequencyUnit unit, int every) {
        return new PeriodOption(period(unit, every), unit.danish(every));
    }

    /** "WEEK" for every 1, "WEEK:3" for every 3rd week. */
    static String period(FrequencyUnit unit, int every) {
        return every <= 1 ? unit.name() : unit.name() + ":" + every;
    }

    /** One grant row. */
    public static class GrantRow {
        private String grantKey;
        private String interventionCode;
        private String times;
        private String per = FrequencyUnit.WEEK.name();
        private List<String> shifts = new ArrayList<>();
        private String minutes;
        private String start;
        private String end;
        /** In a change of an existing grant: the day the change takes effect; empty for the decision date. */
        private String effectiveFrom;
        private String goals;
        private boolean override;
        private String overrideReason;
        /** A provider id, {@value #VOUCHER} for a free-choice voucher, or empty. */
        private String provider;
        private String providerKind;
        private String selectionReason;
        /** A grant not in time (seed 001): kroner, hours/days, the offer and days a week; blank otherwise. */
        private String amount;
        private String quantity;
        private String place;
        private String daysPerWeek;
        /** A place grant's offer among the municipality's providers (its id); the place text only when none fits. */
        private String placeProvider;

        static final String VOUCHER = "voucher";

        static GrantRow empty(LocalDate today) {
            GrantRow row = new GrantRow();
            row.start = today.toString();
            return row;
        }

        static GrantRow of(Grant g) {
            GrantRow row = new GrantRow();
            row.grantKey = g.grantKey().toString();
            row.interventionCode = g.interventionCode();
            row.times = String.valueOf(g.times());
            row.per = period(g.per(), g.every());
            row.shifts = new ArrayList<>(g.shifts().stream().sorted().map(Shift::name).toList());
            row.minutes = g.inTime() ? String.valueOf(g.minutesPerDelivery()) : null;
            if (!g.inTime()) {
                row.times = null;
                row.per = null;
                row.amount = g.measured().amount() == null ? null : g.measured().amount().danish();
                row.quantity = g.measured().quantity() == null ? null : String.valueOf(g.measured().quantity());
                row.placeProvider = g.measured().placeProviderId() == null ? null : String.valueOf(g.measured().placeProviderId());
                row.place = row.placeProvider == null ? g.measured().place() : null;
                row.daysPerWeek = g.measured().daysPerWeek() == null ? null : String.valueOf(g.measured().daysPerWeek());
            }
            row.start = g.start().toString();
            row.end = g.end() == null ? null : g.end().toString();
            row.goals = g.goals();
            row.override = g.overrideReason() != null;
            row.overrideReason = g.overrideReason();
            if (g.provider() != null) {
                row.provider = g.provider().voucher() && g.provider().providerId() == null ? VOUCHER
                        : String.valueOf(g.provider().providerId());
                row.providerKind = g.provider().kind().name();
                row.selectionReason = g.provider().reason();
            }
            return row;
        }

        /**
         * The provider choice as typed: a voucher, or a provider with how it was chosen; null when no provider
         * was chosen. A kind that is not one of the choices reaches the rules as missing.
         */
        ProviderChoice providerChoice() {
            if (blank(provider)) {
                return blank(selectionReason) ? null : new ProviderChoice(null, kind(), selectionReason);
            }
            if (VOUCHER.equals(provider.strip())) {
                return new ProviderChoice(null, ProviderChoiceKind.FREE_CHOICE_VOUCHER, selectionReason);
            }
            Long id;
            try {
                id = Long.valueOf(provider.strip());
            } catch (NumberFormatException e) {
                id = -1L;
            }
            return new ProviderChoice(id, kind(), selectionReason);
        }

        private ProviderChoiceKind kind() {
            try {
                return blank(providerKind) ? null : ProviderChoiceKind.valueOf(providerKind.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The intervention and start typed in this row, for the provider options. */
        LocalDate startDate() {
            return date(start);
        }

        boolean isBlank() {
            return blank(interventionCode) && blank(times) && blank(minutes) && blank(end) && blank(goals)
                    && blank(overrideReason) && blank(grantKey) && !measured();
        }

        GrantInput input() {
            Set<Shift> chosen = EnumSet.noneOf(Shift.class);
            shifts.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> {
                try {
                    chosen.add(Shift.valueOf(s));
                } catch (IllegalArgumentException ignored) {
                    // not one of the checkboxes' values
                }
            });
            FrequencyUnit unit = null;
            int every = 1;
            try {
                String[] parts = blank(per) ? new String[0] : per.strip().split(":");
                unit = parts.length == 0 ? null : FrequencyUnit.valueOf(parts[0]);
                every = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            } catch (IllegalArgumentException ignored) {
                // left out: the rules ask for it
                unit = null;
            }
            if (measured() && blank(times) && blank(minutes)) {
                // the period select always sends a value: a grant in money, a pool or a place has none
                unit = null;
            }
            return new GrantInput(uuid(grantKey), interventionCode, integer(times), unit, every, chosen, integer(minutes),
                    date(start), date(end), goals, override, overrideReason, providerChoice(), date(effectiveFrom),
                    new MeasureInput(kroner(amount), integer(quantity), place, integer(daysPerWeek),
                            blank(placeProvider) ? null : integer(placeProvider) == null ? -1L : (long) integer(placeProvider)));
        }

        private boolean measured() {
            return !blank(amount) || !blank(quantity) || !blank(place) || !blank(daysPerWeek) || !blank(placeProvider);
        }

        /** "1.250,00" or "1250.5" as kroner; text with more decimals is kept so the rules name it; other text is -1. */
        private static BigDecimal kroner(String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return Money.parse(text).kroner();
            } catch (IllegalArgumentException e) {
                try {
                    return new BigDecimal(text.strip().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    return BigDecimal.ONE.negate();
                }
            }
        }

        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getPlaceProvider() { return placeProvider; }
        public void setPlaceProvider(String placeProvider) { this.placeProvider = placeProvider; }
        public String getDaysPerWeek() { return daysPerWeek; }
        public void setDaysPerWeek(String daysPerWeek) { this.daysPerWeek = daysPerWeek; }

        public String getGrantKey() { return grantKey; }
        public void setGrantKey(String grantKey) { this.grantKey = grantKey; }
        public String getInterventionCode() { return interventionCode; }
        public void setInterventionCode(String interventionCode) { this.interventionCode = interventionCode; }
        public String getTimes() { return times; }
        public void setTimes(String times) { this.times = times; }
        public String getPer() { return per; }

        /**
         * The periods offered: per day, per week, every 2nd to 4th week (Greve's cleaning and laundry), per month and
         * per year — and the row's own when it is another interval (set through the API).
         */
        public List<PeriodOption> getPeriods() {
            List<PeriodOption> options = new ArrayList<>(PERIODS);
            if (!blank(per) && options.stream().noneMatch(o -> o.value().equals(per))) {
                String[] parts = per.split(":");
                try {
                    FrequencyUnit unit = FrequencyUnit.valueOf(parts[0]);
                    int every = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
                    options.add(new PeriodOption(per, unit.danish(every)));
                } catch (IllegalArgumentException ignored) {
                    // not a period: the first option is shown
                }
            }
            return options;
        }
        public void setPer(String per) { this.per = per; }
        public List<String> getShifts() { return shifts; }
        public void setShifts(List<String> shifts) { this.shifts = shifts == null ? new ArrayList<>() : shifts; }
        public String getMinutes() { return minutes; }
        public void setMinutes(String minutes) { this.minutes = minutes; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
        public String getGoals() { return goals; }
        public void setGoals(String goals) { this.goals = goals; }
        public boolean isOverride() { return override; }
        public void setOverride(boolean override) { this.override = override; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
        public String getProvider() { return provider; }
        public void setProvider(String provider) { this.provider = provider; }
        public String getProviderKind() { return providerKind; }
        public void setProviderKind(String providerKind) { this.providerKind = providerKind; }
        public String getSelectionReason() { return selectionReason; }
        public void setSelectionReason(String selectionReason) { this.selectionReason = selectionReason; }
    }

    /** One refusal row. */
    public static class RefusalRow {
        private String interventionCode;
        private String description;
        private String reason;

        RefusalInput input() {
            return new RefusalInput(interventionCode, description, reason);
        }

        public String getInterventionCode() { return interventionCode; }
        public void setInterventionCode(String interventionCode) { this.interventionCode = interventionCode; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A number as typed; anything that is not a whole number counts as not given. */
    private static Integer integer(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return blank(text) ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

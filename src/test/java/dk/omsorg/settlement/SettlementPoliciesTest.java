package dk.omsorg.settlement;

import dk.omsorg.settlement.internal.SettlementFiles;
import dk.omsorg.settlement.internal.SettlementFiles.SettlementFileException;
import dk.omsorg.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The settlement.yaml files: Greve's demo policy, and broken files named by file, line and field, all at once. */
class SettlementPoliciesTest {

    @TempDir
    Path dir;

    @Test
    void greveHasTheFreeChoiceRatesInThreeBandsAndSeed000sProviderBid() {
        SettlementPolicy greve = new SettlementPolicies(SettlementPolicies.DEFAULT_LOCATION).forMunicipality(253).orElseThrow();
        assertThat(greve.rates()).filteredOn(r -> r.provider().equals(SettlementPolicy.FREE_CHOICE)
                        && r.rateGroup().equals("personlig-pleje"))
                .extracting(r -> r.band() + " " + r.amount().danish())
                .containsExactlyInAnyOrder("WEEKDAY_DAY 413,00", "OTHER 545,00", "NIGHT 544,00");
        assertThat(greve.rates()).filteredOn(r -> r.provider().equals("solsikken-hjemmepleje")).hasSize(3);
        assertThat(greve.noCoPaymentForTemporary()).containsExactly("SEL § 83", "Ældreloven § 10");
        assertThat(greve.timeBandsOn(LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(greve.rateGroups()).extracting(SettlementPolicy.RateGroup::code)
                .contains("personlig-pleje", "praktisk-hjaelp", "indi-tid", "madservice");
    }

    static final String VALID = """
            municipality: 561
            source: "test"
            correctionMonths: 12
            noCoPaymentForTemporary: ["SEL § 83"]
            timeBands:
              - { validFrom: 2022-01-01, weekdayDayFrom: "07:00", weekdayDayTo: "17:00", nightFrom: "23:00", nightTo: "07:00" }
            rateGroups:
              - { code: pp, name: "Personlig pleje", unit: HOUR, byTimeBand: true, basis: GRANTED, areas: [personlig-pleje], account: "5.30.26" }
              - { code: ph, name: "Praktisk hjælp", unit: HOUR, byTimeBand: false, basis: GRANTED, areas: [praktisk-hjaelp], account: "5.30.26" }
            rates:
              - { provider: FREE_CHOICE, rateGroup: pp, band: WEEKDAY_DAY, amount: "413.00", validFrom: 2022-01-01, validTo: 2022-12-31 }
              - { provider: FREE_CHOICE, rateGroup: pp, band: WEEKDAY_DAY, amount: "421,50", validFrom: 2023-01-01 }
              - { provider: FREE_CHOICE, rateGroup: ph, band: ALL, amount: "327.00", validFrom: 2022-01-01 }
            """;

    @Test
    void greveStatesThatItsMunicipalProvidersNightHoursArePaidTheFreeChoiceRate() {
        SettlementPolicy greve = new SettlementPolicies(SettlementPolicies.DEFAULT_LOCATION).forMunicipality(253).orElseThrow();
        // seed 000: "Nattimer (indi-tid) hos den kommunale hjemmeplejeleverandør ... afregnes til fritvalgstaksten"
        assertThat(greve.freeChoiceRateFor()).extracting(f -> f.provider() + " " + f.rateGroup() + " " + f.band())
                .containsExactly("greve-hjemmeplejen indi-tid NIGHT");
        assertThat(greve.rates()).noneMatch(r -> r.provider().equals("greve-hjemmeplejen"));
    }

    @Test
    void aFreeChoiceRuleNeedsAFreeChoiceRateAndNoOwnRateOfTheProvider() throws IOException {
        String rule = "freeChoiceRateFor:\n  - { provider: kommunen, rateGroup: pp, band: WEEKDAY_DAY, validFrom: 2022-06-01 }\n";
        assertThat(SettlementFiles.read(file(VALID + rule)).freeChoiceRateFor()).singleElement()
                .extracting(SettlementPolicy.FreeChoiceRateFor::provider).isEqualTo("kommunen");
        String ownRate = VALID + "  - { provider: kommunen, rateGroup: pp, band: WEEKDAY_DAY, amount: \"400.00\", validFrom: 2023-01-01 }\n"
                + rule.replace("2022-06-01", "2022-06-01, validTo: null").replace("WEEKDAY_DAY", "WEEKDAY_DAY")
                + "  - { provider: kommunen, rateGroup: pp, band: NIGHT, validFrom: 2022-01-01 }\n"
                + "  - { provider: FREE_CHOICE, rateGroup: px, band: ALL, validFrom: 2022-01-01 }\n";
        SettlementFileException e = catchThrowableOfType(SettlementFileException.class, () -> SettlementFiles.read(file(ownRate)));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("freeChoiceRateFor[0].provider",
                "kommunen has a rate of its own for pp WEEKDAY_DAY from 2023-01-01"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("freeChoiceRateFor[1].band",
                "no FREE_CHOICE rate for pp NIGHT on 2022-01-01"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("freeChoiceRateFor[2].provider", "not FREE_CHOICE"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("freeChoiceRateFor[2].rateGroup", "no rate group px"));
    }

    @Test
    void aValidFileIsReadWithAmountsInOre() throws IOException {
        SettlementPolicy policy = SettlementFiles.read(file(VALID));
        assertThat(policy.rates()).extracting(SettlementPolicy.Rate::amount)
                .containsExactly(new Money(41300), new Money(42150), new Money(32700));
    }

    @Test
    void overlappingValidityForTheSameKeyANegativeRateAndABandThatDoesNotFitAreAllReported() throws IOException {
        String broken = VALID
                .replace("validFrom: 2023-01-01 }", "validFrom: 2022-12-01 }")
                .replace("amount: \"327.00\"", "amount: \"-327.00\"")
                + "  - { provider: FREE_CHOICE, rateGroup: ph, band: NIGHT, amount: \"400.00\", validFrom: 2022-01-01 }\n";
        SettlementFileException e = catchThrowableOfType(SettlementFileException.class,
                () -> SettlementFiles.read(file(broken)));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("line 12", "rates[1].validFrom", "overlaps rates[0]"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rates[2].amount", "cannot be negative"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rates[3].band", "not priced by time band"));
    }

    @Test
    void anUnknownFieldAndAnAmountWithThreeDecimalsAreRefused() throws IOException {
        assertThat(catchThrowableOfType(SettlementFileException.class,
                () -> SettlementFiles.read(file(VALID.replace("correctionMonths: 12", "correctionMonths: 12\nrounding: UP")))).problems())
                .singleElement().asString().contains("rounding");
        assertThat(catchThrowableOfType(SettlementFileException.class,
                () -> SettlementFiles.read(file(VALID.replace("\"413.00\"", "\"413.005\"")))).problems())
                .singleElement().asString().contains("rates[0].amount", "two decimals");
    }

    @Test
    void anAreaPricedByTwoGroupsAndTwoFilesForOneMunicipalityAreRefused() throws IOException {
        String twice = VALID.replace("areas: [praktisk-hjaelp]", "areas: [personlig-pleje]");
        assertThat(catchThrowableOfType(SettlementFileException.class, () -> SettlementFiles.read(file(twice))).problems())
                .anySatisfy(p -> assertThat(p).contains("already priced by rate group pp"));
        Resource a = file("a", VALID);
        Resource b = file("b", VALID);
        assertThat(catchThrowableOfType(SettlementFileException.class, () -> new SettlementPolicies(new Resource[]{a, b}))
                .problems()).singleElement().asString().contains("already has a settlement policy");
    }

    private Resource file(String yaml) throws IOException {
        return file("561-esbjerg", yaml);
    }

    private Resource file(String folder, String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve("settlement.yaml");
        Files.writeString(file, yaml);
        return new FileSystemResource(file);
    }
}

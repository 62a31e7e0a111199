package dk.omsorg.specialcase;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.specialcase.internal.SpecialCaseContractFiles;
import dk.omsorg.specialcase.internal.SpecialCaseContractFiles.SpecialCaseContractFileException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every municipality's special-case contract rules, read at start from
 * {@code policy/<code>-<name>/special-case-contracts.yaml}; a rule naming a rate group that settlement.yaml does not
 * have stops the start too, since the comparison and the contract's rates would otherwise price nothing.
 */
@Component
@Order(5)
public class SpecialCaseContractPolicies implements ApplicationRunner {

    private final List<SpecialCaseContractPolicy> rules;
    private final JdbcClient jdbc;

    SpecialCaseContractPolicies(@Value("${omsorg.special-case-contracts.location:classpath*:policy/*/special-case-contracts.yaml}")
                                String location, SettlementPolicies settlement, JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<SpecialCaseContractPolicy> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : resources(location)) {
            try {
                for (SpecialCaseContractPolicy p : SpecialCaseContractFiles.read(file)) {
                    boolean known = settlement.forMunicipality(p.municipalityId()).map(SettlementPolicy::rateGroups)
                            .orElse(List.of()).stream().anyMatch(g -> g.code().equals(p.rateGroup()));
                    if (!known) {
                        problems.add(file.getDescription() + ", field rateGroup: " + p.rateGroup()
                                + " is not a rate group of the municipality's settlement.yaml");
                    }
                    read.add(p);
                }
            } catch (SpecialCaseContractFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecialCaseContractFileException(problems);
        }
        this.rules = List.copyOf(read);
    }

    /**
     * The rules name providers by code; once providers.yaml is loaded (order 2), a code the municipality does not have
     * stops the start, as an unknown rate group does — the comparison and settlement would otherwise leave it out.
     */
    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = new ArrayList<>();
        for (SpecialCaseContractPolicy r : rules) {
            for (String code : List.of(r.municipalProvider(), r.primaryPrivateProvider())) {
                if (jdbc.sql("select count(*) from provider where municipality_id = ? and code = ?")
                        .params(r.municipalityId(), code).query(Integer.class).single() == 0) {
                    problems.add("special-case-contracts.yaml of " + r.municipalityId() + " (rule from " + r.validFrom()
                            + "): no provider " + code + " in providers.yaml");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecialCaseContractFileException(problems);
        }
    }

    /** The rule in force on the day; a Danish error on {@code field} when the municipality has none. */
    public SpecialCaseContractPolicy on(int municipalityId, LocalDate day, String field) {
        return rules.stream().filter(r -> r.municipalityId() == municipalityId && r.validOn(day)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "specialCaseContract.policy.missing"));
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list special-case contract files at " + location, e);
        }
    }
}

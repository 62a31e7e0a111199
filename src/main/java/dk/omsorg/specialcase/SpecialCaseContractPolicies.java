package dk.omsorg.specialcase;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.specialcase.internal.SpecialCaseContractFiles;
import dk.omsorg.specialcase.internal.SpecialCaseContractFiles.SpecialCaseContractFileException;
import org.springframework.beans.factory.annotation.Value;
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
public class SpecialCaseContractPolicies {

    private final List<SpecialCaseContractPolicy> rules;

    SpecialCaseContractPolicies(@Value("${omsorg.special-case-contracts.location:classpath*:policy/*/special-case-contracts.yaml}")
                                String location, SettlementPolicies settlement) {
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

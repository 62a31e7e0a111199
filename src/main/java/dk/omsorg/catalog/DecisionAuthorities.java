package dk.omsorg.catalog;

import dk.omsorg.catalog.internal.DecisionAuthorityFiles;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * The catalogue's decision authority (bevillingskompetence) per area and intervention, per municipality and catalogue
 * version (docs/catalog-format.md, "decisionAuthority"). A catalogue that says nothing leaves every decision to the
 * caseworker.
 */
@Service
public class DecisionAuthorities {

    private final DecisionAuthorityFiles files;

    DecisionAuthorities(DecisionAuthorityFiles files) {
        this.files = files;
    }

    /** Who may decide the intervention under the catalogue version valid from {@code catalogValidFrom}. */
    public DecisionAuthority required(int municipalityId, LocalDate catalogValidFrom, String areaCode,
                                      String interventionCode) {
        return files.rules(municipalityId, catalogValidFrom).required(areaCode, interventionCode);
    }
}

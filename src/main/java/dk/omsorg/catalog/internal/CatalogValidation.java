package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.internal.CatalogEntries.AreaEntry;
import dk.omsorg.catalog.internal.CatalogEntries.FileEntry;
import dk.omsorg.catalog.internal.CatalogEntries.InterventionEntry;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.omsorg.catalog.internal.CatalogFiles.notBlank;

/** One file's validation; problems are collected, not thrown. */
final class CatalogValidation {

    private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d+)-.*");

    private final CatalogProblems p;
    private final Resource resource;
    private final FsiiiCodes fsiii;
    private final Set<String> interventionCodes = new HashSet<>();

    CatalogValidation(CatalogProblems problems, Resource resource, FsiiiCodes fsiii) {
        this.p = problems;
        this.resource = resource;
        this.fsiii = fsiii;
    }

    /** The fields every file has, own or adopting. */
    void header(FileEntry f) {
        p.require(f.municipality != null, "municipality", "is required (the official municipality code, e.g. 253)");
        if (f.municipality != null) {
            folderCode().ifPresent(code -> p.require(code.equals(f.municipality), "municipality",
                    "is " + f.municipality + ", but the file lies in the folder of municipality " + code));
        }
        p.require(notBlank(f.version), "version", "is required");
        p.require(f.validFrom != null, "validFrom", "is required");
        p.require(f.validTo == null || f.validFrom == null || !f.validTo.isBefore(f.validFrom), "validTo",
                "is before validFrom");
        p.require(notBlank(f.source), "source", "must cite where the rules come from");
    }

    Catalog catalog(FileEntry f) {
        header(f);
        p.require(f.shape != null, "shape", "is required (HOME_CARE or SOCIAL)");
        if (!p.require(f.areas != null && !f.areas.isEmpty(), "areas", "at least one area is required")) {
            return null;
        }
        // intervention codes first: exclusions and group limits may name interventions of later areas
        Set<String> areaCodes = new HashSet<>();
        for (int i = 0; i < f.areas.size(); i++) {
            AreaEntry a = f.areas.get(i);
            if (a == null) {
                continue;
            }
            if (notBlank(a.code)) {
                p.require(areaCodes.add(a.code), "areas[" + i + "].code", "'" + a.code + "' is used by another area");
            }
            if (a.interventions != null) {
                for (int j = 0; j < a.interventions.size(); j++) {
                    InterventionEntry in = a.interventions.get(j);
                    if (in != null && notBlank(in.code)) {
                        p.require(interventionCodes.add(in.code), "areas[" + i + "].interventions[" + j + "].code",
                                "'" + in.code + "' is used by another intervention in the file");
                    }
                }
            }
        }
        CatalogAreaReader areaReader = new CatalogAreaReader(p, fsiii, interventionCodes);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < f.areas.size(); i++) {
            String at = "areas[" + i + "]";
            if (p.require(f.areas.get(i) != null, at, "is empty")) {
                areas.add(areaReader.area(at, f.areas.get(i)));
            }
        }
        if (!p.list.isEmpty()) {
            return null;
        }
        return p.build("validTo", () -> new Catalog(f.municipality, f.version.strip(), f.validFrom, f.validTo,
                f.source.strip(), f.shape, areas));
    }

    private Optional<Integer> folderCode() {
        try {
            String[] parts = resource.getURI().toString().split("/");
            if (parts.length >= 2) {
                Matcher m = FOLDER_CODE.matcher(parts[parts.length - 2]);
                if (m.matches()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a resource without a folder (e.g. in a test): nothing to compare
        }
        return Optional.empty();
    }
}

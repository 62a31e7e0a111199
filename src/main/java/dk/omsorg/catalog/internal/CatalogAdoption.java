package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.internal.CatalogEntries.FileEntry;
import dk.omsorg.catalog.internal.CatalogFiles.Loaded;
import dk.omsorg.catalog.internal.CatalogFiles.Parsed;
import org.springframework.core.io.Resource;

import java.util.List;

import static dk.omsorg.catalog.internal.CatalogFiles.notBlank;
import static dk.omsorg.catalog.internal.CatalogFiles.period;
import static dk.omsorg.catalog.internal.CatalogFiles.problems;

/**
 * A file that adopts another municipality's version ({@code adopts}) instead of listing areas: the
 * municipality uses those interventions, criteria and limits unchanged under its own name and period
 * (Esbjerg uses Greve's 2022 standard until its own is loaded). Checked like any file, except that
 * shape and areas come from the adopted version.
 */
record CatalogAdoption(Parsed parsed) {

    /** Checks the adopting file on its own; throws {@link CatalogFileException} naming every problem in it. */
    static CatalogAdoption check(Parsed parsed, Resource resource, FsiiiCodes fsiii) {
        FileEntry f = parsed.entry();
        CatalogProblems p = new CatalogProblems();
        new CatalogValidation(p, resource, fsiii).header(f);
        p.require(f.shape == null, "shape", "must be left out: it is the adopted version's");
        p.require(f.areas == null, "areas", "must be left out: they are the adopted version's");
        p.require(f.adopts.municipality != null, "adopts.municipality", "is required (the adopted catalogue's municipality code)");
        p.require(f.adopts.municipality == null || !f.adopts.municipality.equals(f.municipality), "adopts.municipality",
                "must be another municipality");
        p.require(notBlank(f.adopts.version), "adopts.version", "is required (the adopted catalogue's version)");
        if (!p.list.isEmpty()) {
            throw problems(parsed, p);
        }
        return new CatalogAdoption(parsed);
    }

    /** The adopting municipality's catalogue, from the adopted one among {@code own} (files that adopt none). */
    Loaded resolve(List<Loaded> own) {
        FileEntry f = parsed.entry();
        CatalogProblems p = new CatalogProblems();
        Catalog adopted = own.stream().map(Loaded::catalog)
                .filter(c -> c.municipalityId() == f.adopts.municipality && c.version().equals(f.adopts.version.strip()))
                .findFirst().orElse(null);
        if (p.require(adopted != null, "adopts.version", "municipality " + f.adopts.municipality + " has no catalogue version '"
                + f.adopts.version.strip() + "' among the files read (a file cannot adopt one that adopts)")) {
            p.require(!f.validFrom.isBefore(adopted.validFrom()) && (adopted.validTo() == null
                            || (f.validTo != null && !f.validTo.isAfter(adopted.validTo()))), "validFrom",
                    "the period must lie within the adopted version's (" + period(adopted) + ")");
        }
        if (!p.list.isEmpty()) {
            throw problems(parsed, p);
        }
        Catalog catalog = new Catalog(f.municipality, f.version.strip(), f.validFrom, f.validTo, f.source.strip(),
                adopted.shape(), adopted.areas());
        return new Loaded(parsed.file(), catalog, parsed.lines().line("validFrom"));
    }
}

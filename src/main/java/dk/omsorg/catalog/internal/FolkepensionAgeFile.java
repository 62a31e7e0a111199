package dk.omsorg.catalog.internal;

import dk.omsorg.shared.PolicyFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.catalog.FolkepensionAge;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code reference/folkepension-age.yaml}. A file that does not parse, or whose bands leave a birth
 * date uncovered, stops the start with the file and the band named.
 */
public final class FolkepensionAgeFile {

    static final String LOCATION = "reference/folkepension-age.yaml";
    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    private FolkepensionAgeFile() {
    }

    public static FolkepensionAge fromClasspath() {
        return read(new ClassPathResource(LOCATION));
    }

    public static FolkepensionAge read(Resource resource) {
        String name = resource.getFilename();
        BandsEntry file;
        try (InputStream in = resource.getInputStream()) {
            file = YAML.readValue(in, BandsEntry.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(name + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (file == null || file.bands == null || file.bands.isEmpty()) {
            throw new IllegalStateException(name + ": bands: at least one band is required");
        }
        List<FolkepensionAge.Band> bands = new ArrayList<>();
        for (int i = 0; i < file.bands.size(); i++) {
            BandEntry b = file.bands.get(i);
            if (b == null || b.years == null) {
                throw new IllegalStateException(name + ": bands[" + i + "].years: is required");
            }
            try {
                bands.add(new FolkepensionAge.Band(b.bornFrom, b.bornTo, b.years, b.months == null ? 0 : b.months));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ": bands[" + i + "]: " + e.getMessage(), e);
            }
        }
        try {
            return new FolkepensionAge(bands);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": bands: " + e.getMessage(), e);
        }
    }

    static final class BandsEntry {
        @JsonProperty List<BandEntry> bands;
    }

    static final class BandEntry {
        @JsonProperty LocalDate bornFrom;
        @JsonProperty LocalDate bornTo;
        @JsonProperty Integer years;
        @JsonProperty Integer months;
    }
}

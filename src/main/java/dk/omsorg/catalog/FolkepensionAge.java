package dk.omsorg.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The folkepension age by birth date (lov om social pension § 1 a), read from
 * {@code reference/folkepension-age.yaml}. A minimal local reading for the legal basis in force:
 * Ældreloven applies to citizens who have reached this age.
 */
public final class FolkepensionAge {

    public static final String RESOURCE = "reference/folkepension-age.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<Row> rows;

    FolkepensionAge(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static FolkepensionAge fromClasspath() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            File file = YAML.readValue(in, File.class);
            return new FolkepensionAge(file.ages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The day someone born on {@code birthDate} reaches the folkepension age. */
    public LocalDate reachedOn(LocalDate birthDate) {
        Row row = rows.stream().filter(r -> (r.bornFrom == null || !birthDate.isBefore(r.bornFrom))
                        && (r.bornTo == null || !birthDate.isAfter(r.bornTo))).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no row for " + birthDate));
        return birthDate.plusYears(row.years).plusMonths(row.months);
    }

    public boolean reached(LocalDate birthDate, LocalDate on) {
        return !on.isBefore(reachedOn(birthDate));
    }

    /** Age in whole years on a day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    static final class File {
        @JsonProperty List<Row> ages;
    }

    static final class Row {
        @JsonProperty LocalDate bornFrom;
        @JsonProperty LocalDate bornTo;
        @JsonProperty int years;
        @JsonProperty int months;
    }
}

package dk.omsorg.vum;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VUM 2.0 reference file: what the application reads at start, and what it refuses. */
class VumReferenceTest {

    @Test
    void theFileHasElevenThemesInThreeCategoriesAndTheFiveStepScale() {
        VumReference vum = VumReference.read(new ClassPathResource(VumReference.LOCATION));
        assertThat(vum.categories()).extracting(VumReference.Category::name)
                .containsExactly("Funktioner og forhold", "Omgivelsesfaktorer", "Aktivitet og deltagelse");
        assertThat(vum.themes()).hasSize(11);
        assertThat(vum.themes()).extracting(VumReference.Theme::name).contains("Mobilitet", "Egenomsorg",
                "Kommunikation", "Praktiske opgaver i hjemmet", "Samfundsliv", "Socialt liv", "Omgivelser");
        assertThat(vum.scale()).extracting(VumReference.ScaleStep::name).containsExactly("Ingen/ubetydelige problemer",
                "Lette problemer", "Moderate problemer", "Svære problemer", "Fuldstændige problemer");
        assertThat(vum.theme("SELF_CARE").orElseThrow().subThemes()).isNotEmpty();
    }

    @Test
    void aFileWithAnUnknownKeyIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("version: \"2.0\"", "version: \"2.0\"\nfoo: 1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vum-test.yaml");
    }

    @Test
    void aDuplicateThemeCodeIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("code: SELF_CARE", "code: MOBILITY")))
                .hasMessageContaining("themes[1].code: duplicate code MOBILITY");
    }

    @Test
    void aScaleWithAGapIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("step: 1", "step: 2")))
                .hasMessageContaining("scale[1].step");
    }

    @Test
    void aThemeInAnUnknownCategoryOrWithoutNameIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("category: ACTIVITY", "category: OTHER")))
                .hasMessageContaining("unknown category OTHER");
        assertThatThrownBy(() -> read(VALID.replace("name: Egenomsorg", "name: \"\"")))
                .hasMessageContaining("themes[1].name: is required");
    }

    @Test
    void theSmallValidFileIsRead() {
        assertThat(read(VALID).themes()).hasSize(2);
    }

    private static VumReference read(String yaml) {
        return VumReference.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "vum-test.yaml";
            }
        });
    }

    private static final String VALID = """
            version: "2.0"
            categories:
              - {code: ACTIVITY, name: Aktivitet og deltagelse}
            scale:
              - {step: 0, name: Ingen}
              - {step: 1, name: Lette}
            themes:
              - code: MOBILITY
                category: ACTIVITY
                name: Mobilitet
              - code: SELF_CARE
                category: ACTIVITY
                name: Egenomsorg
                subThemes:
                  - {code: EATING, name: Spise}
            """;
}

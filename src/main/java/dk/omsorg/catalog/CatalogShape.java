package dk.omsorg.catalog;

/** What kind of quality standard a catalogue is. */
public enum CatalogShape {
    /** Home care (SEL §§ 83, 83 a, 84 …): FSIII interventions with frequencies and shifts. */
    HOME_CARE,
    /** The social area (SEL §§ 82 a–108): VUM 2.0 themes, courses and scopes described in text. */
    SOCIAL
}

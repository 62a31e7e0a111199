package dk.omsorg.rehabilitation;

/** A course's package level (pakkeniveau: let, moderat, omfattende), read from its planned visits (seed 004). */
public enum PackageLevel {
    LIGHT,
    MODERATE,
    COMPREHENSIVE
}

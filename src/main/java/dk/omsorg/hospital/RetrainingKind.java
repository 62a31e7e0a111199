package dk.omsorg.hospital;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of training a genoptræningsplan orders (sundhedsloven § 140: almen genoptræning, specialiseret
 * genoptræning, rehabilitering på specialiseret niveau), as its FHIR code (DocumentReference.context.event) in
 * {@link #SYSTEM}. Danish names in messages_da.properties ({@code retraining.kind.*}).
 */
public enum RetrainingKind {
    GENERAL("almen"),
    SPECIALISED("specialiseret"),
    SPECIALISED_REHABILITATION("rehabilitering-specialiseret");

    /** Our own code system: MedCom has no FHIR profile of the genoptræningsplan yet (docs/hospital.md). */
    public static final String SYSTEM = "http://omsorg.dk/fhir/CodeSystem/genoptraeningsplan-type";

    private final String code;

    RetrainingKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RetrainingKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

package dk.omsorg.hospital;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activities of MedCom's HospitalNotification (ValueSet medcom-hospitalNotification-messageActivities, code
 * system http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes): what happened, and whether
 * the message is new, revises an earlier one or cancels it. Death has no code of its own: it is the Patient's
 * deceased flag on the message.
 */
public enum HospitalActivity {
    ADMIT_INPATIENT("admit-inpatient", Event.ADMIT, Variant.NEW),
    REVISE_ADMIT_INPATIENT("revise-admit-inpatient", Event.ADMIT, Variant.REVISE),
    CANCEL_ADMIT_INPATIENT("cancel-admit-inpatient", Event.ADMIT, Variant.CANCEL),
    ADMIT_EMERGENCY("admit-emergency", Event.ADMIT, Variant.NEW),
    REVISE_ADMIT_EMERGENCY("revise-admit-emergency", Event.ADMIT, Variant.REVISE),
    CANCEL_ADMIT_EMERGENCY("cancel-admit-emergency", Event.ADMIT, Variant.CANCEL),
    START_LEAVE("start-leave-inpatient", Event.START_LEAVE, Variant.NEW),
    REVISE_START_LEAVE("revise-start-leave-inpatient", Event.START_LEAVE, Variant.REVISE),
    CANCEL_START_LEAVE("cancel-start-leave-inpatient", Event.START_LEAVE, Variant.CANCEL),
    END_LEAVE("end-leave-inpatient", Event.END_LEAVE, Variant.NEW),
    REVISE_END_LEAVE("revise-end-leave-inpatient", Event.END_LEAVE, Variant.REVISE),
    CANCEL_END_LEAVE("cancel-end-leave-inpatient", Event.END_LEAVE, Variant.CANCEL),
    DISCHARGE_INPATIENT("discharge-inpatient-home", Event.DISCHARGE, Variant.NEW),
    REVISE_DISCHARGE_INPATIENT("revise-discharge-inpatient-home", Event.DISCHARGE, Variant.REVISE),
    CANCEL_DISCHARGE_INPATIENT("cancel-discharge-inpatient-home", Event.DISCHARGE, Variant.CANCEL),
    DISCHARGE_EMERGENCY("discharge-emergency-home", Event.DISCHARGE, Variant.NEW),
    REVISE_DISCHARGE_EMERGENCY("revise-discharge-emergency-home", Event.DISCHARGE, Variant.REVISE),
    CANCEL_DISCHARGE_EMERGENCY("cancel-discharge-emergency-home", Event.DISCHARGE, Variant.CANCEL);

    public static final String SYSTEM = "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes";

    public enum Event { ADMIT, START_LEAVE, END_LEAVE, DISCHARGE }

    public enum Variant { NEW, REVISE, CANCEL }

    private final String code;
    private final Event event;
    private final Variant variant;

    HospitalActivity(String code, Event event, Variant variant) {
        this.code = code;
        this.event = event;
        this.variant = variant;
    }

    public String code() {
        return code;
    }

    public Event event() {
        return event;
    }

    public Variant variant() {
        return variant;
    }

    /** Akut ambulant rather than indlagt. */
    public boolean emergency() {
        return code.contains("emergency");
    }

    public static Optional<HospitalActivity> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}

package dk.omsorg.assessment;

import java.util.UUID;

/** FSIII codes the assessment tests use, from reference/fsiii.json (CodeSystem 20240530). */
final class Fsiii {

    // current functional-ability states
    static final UUID INDKOEB = UUID.fromString("293bd85b-d9b4-4e2c-83d9-d3df32ce9d82");             // J2.4
    static final UUID LAVE_MAD = UUID.fromString("75bfc8db-a220-4801-a8c7-5e968e94d44b");            // J2.2
    static final UUID PERSONLIG_PLEJE = UUID.fromString("feb38b55-c2d7-4d57-99c2-93622eaa0025");     // Personlig_pleje
    static final UUID HUKOMMELSE = UUID.fromString("a3ac7928-77c9-425c-a7f1-1248a3764d0a");          // J4.2
    static final UUID MOBILITET_OG_BEVAEGELSE = UUID.fromString("d8aa5f09-cd9c-4996-a853-1c95ee98f25c");
    // retired functional-ability state
    static final UUID VASKE_SIG = UUID.fromString("4d46bd94-9518-431c-82e8-ebb91bca307a");           // J1.1
    // current health conditions
    static final UUID PROBLEMER_MED_ERNAERING = UUID.fromString("bc65b137-9f5a-4889-82c2-c6764e5507f0");
    static final UUID PROBLEMER_MED_VANDLADNING = UUID.fromString("ae911e37-1ed5-4c30-9622-c73640f1c606");
    static final UUID RESPIRATIONSPROBLEMER = UUID.fromString("dae40f60-8dab-4bd3-ab72-b07d0f278692"); // I7.1
    // retired health condition with the same name as a current one
    static final UUID PROBLEMER_MED_VANDLADNING_I12_2 = UUID.fromString("116ff724-09b7-45c0-bee5-8bbf1d500c63");
    // areas
    static final UUID EGENOMSORG = UUID.fromString("43c2b7f0-5e55-4627-8fcf-bdaf5a9d84ac");          // J1
    static final UUID SAMFUNDSLIV = UUID.fromString("86b53158-6d05-412e-ad55-2e1fa26359b3");         // J5
    static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private Fsiii() {
    }
}

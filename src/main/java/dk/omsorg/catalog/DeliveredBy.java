package dk.omsorg.catalog;

/** Who may deliver an area's help. */
public enum DeliveredBy {
    MUNICIPAL("Kommunal leverandør"),
    APPROVED_PRIVATE("Godkendt privat leverandør"),
    FREE_CHOICE_VOUCHER("Fritvalgsbevis"),
    OWN_HELPER("Selvudpeget hjælper (§ 94)"),
    OTHER("Anden leverandør");

    private final String danish;

    DeliveredBy(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}

package dk.skranke.hardware.printer;

/** What the ticket printer can do right now, with the wire names central's heartbeat accepts. */
public enum PrinterStatus {
    OK("ok", true),
    PAPER_NEAR_END("near-end", true),
    PAPER_OUT("paper-out", false),
    COVER_OPEN("cover-open", false),
    CUTTER_ERROR("cutter-error", false),
    OFFLINE("offline", false),
    UNKNOWN("unknown", true);

    private final String wireName;
    private final boolean canPrint;

    PrinterStatus(String wireName, boolean canPrint) {
        this.wireName = wireName;
        this.canPrint = canPrint;
    }

    public String wire() {
        return wireName;
    }

    /** Whether a ticket may be sent: unknown (write-only transport) is tried, a known fault is not. */
    public boolean canPrint() {
        return canPrint;
    }

    public static PrinterStatus fromWire(String name) {
        for (PrinterStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown printer status: " + name);
    }
}

package dk.skranke.display.room;

/** Whether the display follows central's event stream live. */
public enum Connection {
    /** Not connected yet since start. */
    CONNECTING,
    /** The stream is open and the room was rebuilt from central. */
    LIVE,
    /** The stream dropped or central is unreachable; reconnecting. */
    LOST;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dk.skranke.hardware.display;

/** The LED number displays above the desks, addressed by bus address; faults come back as status. */
public interface DeskDisplays extends AutoCloseable {

    /**
     * Shows a ticket number such as {@code P017} on the display at {@code address}.
     *
     * @throws dk.skranke.core.error.InvalidInputException if the text or address can never be shown
     */
    DisplayStatus show(int address, String text);

    /** Blanks the display at {@code address}. */
    DisplayStatus clear(int address);

    /** The last known status of the display at {@code address}, without touching the bus. */
    DisplayStatus status(int address);

    /** Releases the bus; further calls report the port as unavailable. */
    @Override
    void close();
}

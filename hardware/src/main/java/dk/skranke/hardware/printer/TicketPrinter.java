package dk.skranke.hardware.printer;

/** The kiosk's ticket printer: prints a ticket or says clearly why not; device faults are status, not exceptions. */
public interface TicketPrinter extends AutoCloseable {

    /** Prints the ticket unless the printer is known to be unable to. */
    PrintResult print(TicketLayout ticket);

    /** The last known status. */
    PrinterStatus status();

    @Override
    void close();
}

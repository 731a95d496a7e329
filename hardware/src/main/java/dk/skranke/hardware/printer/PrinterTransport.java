package dk.skranke.hardware.printer;

import java.io.IOException;
import java.time.Duration;

/** A byte pipe to a printer: serial, TCP 9100 or a write-only device file. Not thread-safe; the driver serialises access. */
public interface PrinterTransport extends AutoCloseable {

    /** Where the printer is, for logs, e.g. {@code /dev/ttyUSB0} or {@code 10.0.0.5:9100}. */
    String endpoint();

    /** Whether the printer can answer status requests over this transport. */
    boolean readsStatus();

    /** Whether the transport is open and still talking to the device it opened. */
    boolean isOpen();

    void open() throws IOException;

    void write(byte[] bytes) throws IOException;

    /** Drops bytes that arrived unasked, e.g. a late status reply. */
    void discardInput() throws IOException;

    /** One byte (0..255), or -1 when nothing came within {@code timeout}. */
    int read(Duration timeout) throws IOException;

    @Override
    void close();
}

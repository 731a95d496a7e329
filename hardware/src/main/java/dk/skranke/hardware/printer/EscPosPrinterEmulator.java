package dk.skranke.hardware.printer;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;

/**
 * An Epson-compatible printer emulated on the device end of a serial line (a socat pty pair in tests
 * and benchmarks): answers each {@code 10 04 n} with one byte for its current state (or stays
 * silent), records every ticket it receives, split at the cut, and tells a listener when the first
 * byte of a ticket arrives.
 */
public final class EscPosPrinterEmulator implements AutoCloseable {
    private static final byte[] CUT = {0x1D, 0x56, 0x42, 0x03};
    private final SerialPort port;
    private final Thread reader;
    private final List<byte[]> tickets = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private volatile PrinterStatus state = PrinterStatus.OK;
    private volatile boolean silent;
    private volatile boolean running = true;
    private volatile java.util.function.LongConsumer ticketStarted = nanos -> { };

    private EscPosPrinterEmulator(Path deviceEnd) throws SerialPortException {
        port = new SerialPort(deviceEnd.toString());
        port.openPort();
        reader = new Thread(this::readLoop, "fake-epson-printer");
        reader.setDaemon(true);
        reader.start();
    }

    public static EscPosPrinterEmulator on(Path deviceEnd) {
        try {
            return new EscPosPrinterEmulator(deviceEnd);
        } catch (SerialPortException e) {
            throw new IllegalStateException("cannot open fake printer on " + deviceEnd, e);
        }
    }

    public void report(PrinterStatus status) {
        this.state = status;
    }

    /** Stops answering status requests, like a printer that is switched off. */
    public void silence(boolean silent) {
        this.silent = silent;
    }

    public List<byte[]> tickets() {
        return List.copyOf(tickets);
    }

    /** Called with {@link System#nanoTime()} when the first byte of a ticket (not a status request) arrives. */
    public void onTicketStarted(java.util.function.LongConsumer listener) {
        this.ticketStarted = listener;
    }

    @Override
    public void close() {
        running = false;
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException ignored) {
            // the pty is gone already
        }
    }

    private void readLoop() {
        while (running) {
            try {
                byte b = port.readBytes(1, 100)[0];
                if (current.size() == 0 && b != 0x10) {
                    ticketStarted.accept(System.nanoTime());
                }
                current.write(b);
                handle(current.toByteArray());
            } catch (SerialPortTimeoutException e) {
                // nothing came; look at running again
            } catch (SerialPortException e) {
                return;
            }
        }
    }

    private void handle(byte[] bytes) throws SerialPortException {
        int n = bytes.length;
        if (n >= 3 && bytes[n - 3] == 0x10 && bytes[n - 2] == 0x04 && bytes[n - 1] >= 1 && bytes[n - 1] <= 4) {
            current.reset();
            current.write(bytes, 0, n - 3);
            if (!silent) {
                port.writeBytes(new byte[] {reply(state, bytes[n - 1])});
            }
        } else if (n >= CUT.length && Arrays.equals(bytes, n - CUT.length, n, CUT, 0, CUT.length)) {
            tickets.add(bytes);
            current.reset();
        }
    }

    /** The byte an Epson printer answers to {@code 10 04 n} in {@code status}. */
    static byte reply(PrinterStatus status, int n) {
        int[] bytes = switch (status) {
            case OK, UNKNOWN -> new int[] {0x12, 0x12, 0x12, 0x12};
            case PAPER_NEAR_END -> new int[] {0x12, 0x12, 0x12, 0x1E};
            case PAPER_OUT -> new int[] {0x1A, 0x32, 0x12, 0x72};
            case COVER_OPEN -> new int[] {0x1A, 0x16, 0x12, 0x12};
            case CUTTER_ERROR -> new int[] {0x1A, 0x52, 0x1A, 0x12};
            case OFFLINE -> new int[] {0x1A, 0x12, 0x12, 0x12};
        };
        return (byte) bytes[n - 1];
    }
}

package dk.skranke.hardware.printer;

import dk.skranke.hardware.internal.Hex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real ticket printer: ESC/POS over a transport. Asks for real-time status before every ticket and on
 * a schedule, never sends a ticket to a printer that cannot print it, and reopens the transport by itself.
 */
public final class EscPosTicketPrinter implements TicketPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(EscPosTicketPrinter.class);
    private final PrinterTransport transport;
    private final EscPosPrinterSettings settings;
    private final TicketEncoder encoder;
    private final ReentrantLock lock = new ReentrantLock();
    private final ScheduledExecutorService poller;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile PrinterStatus lastStatus = PrinterStatus.UNKNOWN;

    public EscPosTicketPrinter(PrinterTransport transport, EscPosPrinterSettings settings, TicketEncoder encoder) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-status " + transport.endpoint());
            t.setDaemon(true);
            return t;
        });
    }

    /** A printer on a serial port, e.g. {@code /dev/ttyUSB0} at 38400 baud, polling already started. */
    public static EscPosTicketPrinter serial(String path, int baudRate, EscPosPrinterSettings settings) {
        return new EscPosTicketPrinter(new SerialTransport(path, baudRate), settings, new TicketEncoder()).start();
    }

    /** A network printer on {@code host:port}, polling already started. */
    public static EscPosTicketPrinter tcp(String host, int port, EscPosPrinterSettings settings) {
        return new EscPosTicketPrinter(new TcpTransport(host, port, Duration.ofSeconds(2)), settings,
                new TicketEncoder()).start();
    }

    /** A write-only USB printer device such as {@code /dev/usb/lp0}; its status stays unknown. */
    public static EscPosTicketPrinter deviceFile(Path device, EscPosPrinterSettings settings) {
        return new EscPosTicketPrinter(new DeviceFileTransport(device), settings, new TicketEncoder()).start();
    }

    /**
     * Starts polling status in the background; returns at once. Starting a started printer changes nothing: one
     * printer has one poller (the factories above already start it).
     */
    public EscPosTicketPrinter start() {
        if (!started.compareAndSet(false, true)) {
            return this;
        }
        long every = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("Ticket printer on {} started, status every {} ms", transport.endpoint(), every);
        return this;
    }

    @Override
    public PrintResult print(TicketLayout ticket) {
        byte[] bytes = encoder.encode(ticket);
        lock.lock();
        try {
            PrinterStatus status = refresh();
            if (!status.canPrint()) {
                return PrintResult.notPrinted(status);
            }
            return send(bytes, status);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public PrinterStatus status() {
        return lastStatus;
    }

    /** Asks the printer now and returns the answer; also what the schedule does. */
    public PrinterStatus refresh() {
        lock.lock();
        try {
            return record(query());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        lock.lock();
        try {
            transport.close();
        } finally {
            lock.unlock();
        }
        LOG.info("Ticket printer on {} closed", transport.endpoint());
    }

    private PrintResult send(byte[] bytes, PrinterStatus status) {
        try {
            transport.write(bytes);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Sent ticket to {} ({} bytes): {}", transport.endpoint(), bytes.length,
                        TicketEncoder.hexForLog(bytes));
            }
            return PrintResult.printed(status);
        } catch (IOException e) {
            LOG.debug("Sending ticket to {} failed: {}", transport.endpoint(), e.getMessage());
            transport.close();
            record(PrinterStatus.OFFLINE);
            return PrintResult.failed(PrinterStatus.OFFLINE, "the connection to the printer broke while sending");
        }
    }

    private PrinterStatus query() {
        try {
            if (!transport.isOpen()) {
                transport.open();
            }
            if (!transport.readsStatus()) {
                return PrinterStatus.UNKNOWN;
            }
            return askFourStatusBytes();
        } catch (IOException e) {
            LOG.debug("Printer {} unreachable: {}", transport.endpoint(), e.getMessage());
            transport.close();
            return PrinterStatus.OFFLINE;
        }
    }

    private PrinterStatus askFourStatusBytes() throws IOException {
        transport.discardInput();
        byte[] replies = new byte[StatusReply.REQUEST_COUNT];
        for (int i = 0; i < replies.length; i++) {
            byte[] request = StatusReply.request(i);
            transport.write(request);
            int reply = transport.read(settings.statusTimeout());
            if (reply < 0) {
                LOG.debug("No reply from {} to {} within {} ms", transport.endpoint(),
                        Hex.of(request), settings.statusTimeout().toMillis());
                transport.close();
                return PrinterStatus.OFFLINE;
            }
            replies[i] = (byte) reply;
        }
        LOG.debug("Status from {}: {}", transport.endpoint(), Hex.of(replies));
        return StatusReply.parse(replies);
    }

    private PrinterStatus record(PrinterStatus status) {
        PrinterStatus previous = lastStatus;
        lastStatus = status;
        if (status != previous) {
            if (!status.canPrint() || status == PrinterStatus.PAPER_NEAR_END) {
                LOG.warn("Ticket printer on {} is {} (was {})", transport.endpoint(), status.wire(),
                        previous.wire());
            } else {
                LOG.info("Ticket printer on {} is {} (was {})", transport.endpoint(), status.wire(),
                        previous.wire());
            }
        }
        return status;
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Polling ticket printer on {} failed: {}", transport.endpoint(), e.toString());
        }
    }
}

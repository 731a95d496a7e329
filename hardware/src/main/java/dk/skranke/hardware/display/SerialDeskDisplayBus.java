package dk.skranke.hardware.display;

import dk.skranke.hardware.internal.Hex;
import dk.skranke.hardware.display.internal.SerialLine;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desk displays on one serial bus (RS-485 half-duplex or RS-232) via jssc: one request at a time, each
 * waiting at most the reply timeout, so a silent display never blocks the others. When the port fails or
 * vanishes the bus reports it as status, reopens it by itself and re-sends what each display should show;
 * a display that did not answer gets its text again from the background watch every 2 s.
 */
public final class SerialDeskDisplayBus implements DeskDisplays {
    /** How often the background watch checks a vanished port and retries opening it. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(500);
    /** Silent displays are retried every 2 s, not every tick, so dead addresses cannot hog the bus. */
    private static final int SILENT_RETRY_EVERY_TICKS = 4;
    private static final Logger log = LoggerFactory.getLogger(SerialDeskDisplayBus.class);

    private final DisplayBusConfig config;
    private final DisplayProtocol protocol;
    private final Object bus = new Object();
    private final Map<Integer, DisplayStatus> statuses = new ConcurrentHashMap<>();
    /** What each display should show; empty means blank. Re-sent after a reconnect. */
    private final Map<Integer, Optional<DisplayText>> wanted = new TreeMap<>();
    private final ScheduledExecutorService watch;
    private SerialLine line;
    private volatile String portProblem = "not opened yet";
    private boolean closed;
    private boolean outageReported;
    private long watchTicks;

    private SerialDeskDisplayBus(DisplayBusConfig config) {
        this.config = config;
        this.protocol = config.protocol();
        this.watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "desk-display-bus " + config.port());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the bus; never blocks on a missing port: that becomes status and is retried in the background. */
    public static SerialDeskDisplayBus start(DisplayBusConfig config) {
        SerialDeskDisplayBus displays = new SerialDeskDisplayBus(config);
        log.info("Desk display bus on {} ({} baud, {} protocol, reply timeout {} ms)", config.port(),
                config.baudRate(), config.protocol().name(), config.replyTimeout().toMillis());
        synchronized (displays.bus) {
            displays.ensureOpen(0);
        }
        long every = WATCH_INTERVAL.toMillis();
        displays.watch.scheduleWithFixedDelay(displays::watchPort, every, every, TimeUnit.MILLISECONDS);
        return displays;
    }

    @Override
    public DisplayStatus show(int address, String text) {
        DisplayText displayText = DisplayText.of(text);
        byte[] request = protocol.encodeShow(address, displayText);
        return send(address, Optional.of(displayText), request);
    }

    @Override
    public DisplayStatus clear(int address) {
        return send(address, Optional.empty(), protocol.encodeClear(address));
    }

    @Override
    public DisplayStatus status(int address) {
        DisplayText.checkAddress(address);
        String problem = portProblem;
        if (problem != null) {
            return DisplayStatus.portUnavailable(problem);
        }
        return statuses.getOrDefault(address, DisplayStatus.unknown());
    }

    @Override
    public void close() {
        watch.shutdownNow();
        synchronized (bus) {
            if (closed) {
                return;
            }
            closed = true;
            dropLine("closed");
        }
        log.info("Desk display bus on {} closed", config.port());
    }

    private DisplayStatus send(int address, Optional<DisplayText> content, byte[] request) {
        synchronized (bus) {
            if (closed) {
                return DisplayStatus.portUnavailable("closed");
            }
            wanted.put(address, content);
            if (!ensureOpen(address)) {
                return DisplayStatus.portUnavailable(portProblem);
            }
            DisplayStatus status = transfer(address, request);
            if (status.state() == DisplayStatus.State.PORT_UNAVAILABLE && ensureOpen(address)) {
                // A re-created port (same path, new device) is only noticed when a write fails: retry once.
                status = transfer(address, request);
            }
            return status;
        }
    }

    /** Caller holds the bus. Opens the port if needed; after a reopen re-sends every display but {@code skip}. */
    private boolean ensureOpen(int skip) {
        if (line != null && !line.stillPresent()) {
            dropLine(config.port() + " vanished");
        }
        if (line != null) {
            return true;
        }
        try {
            line = SerialLine.open(config.port(), config.baudRate());
        } catch (IOException e) {
            markPortProblem(e.getMessage());
            return false;
        }
        log.info("Desk display bus on {} open{}", config.port(), outageReported ? " again" : "");
        outageReported = false;
        portProblem = null;
        resendWanted(skip);
        return line != null;
    }

    private void resendWanted(int skip) {
        for (Map.Entry<Integer, Optional<DisplayText>> entry : Map.copyOf(wanted).entrySet()) {
            int address = entry.getKey();
            if (address == skip || line == null) {
                continue;
            }
            transfer(address, request(address, entry.getValue()));
        }
    }

    /** Caller holds the bus. A display that was silent or unreachable gets its text again once it answers. */
    private void resendUnacknowledged() {
        for (Map.Entry<Integer, Optional<DisplayText>> entry : Map.copyOf(wanted).entrySet()) {
            DisplayStatus.State state = statuses.getOrDefault(entry.getKey(), DisplayStatus.unknown()).state();
            boolean unacknowledged = state == DisplayStatus.State.NO_ANSWER
                    || state == DisplayStatus.State.PORT_UNAVAILABLE;
            if (line != null && unacknowledged) {
                transfer(entry.getKey(), request(entry.getKey(), entry.getValue()));
            }
        }
    }

    private byte[] request(int address, Optional<DisplayText> content) {
        return content.map(t -> protocol.encodeShow(address, t)).orElseGet(() -> protocol.encodeClear(address));
    }

    /** Caller holds the bus and an open line. One request, one reply (or timeout). */
    private DisplayStatus transfer(int address, byte[] request) {
        DisplayStatus status;
        try {
            log.debug("display {} <- {}", address, Hex.of(request));
            line.send(request);
            byte[] reply = line.receive(bytes -> protocol.decodeReply(address, bytes).isFinal(),
                    config.replyTimeout().toMillis());
            log.debug("display {} -> {}", address, Hex.of(reply));
            status = judge(address, reply);
        } catch (IOException e) {
            dropLine(e.getMessage());
            status = DisplayStatus.portUnavailable(e.getMessage());
        }
        record(address, status);
        return status;
    }

    private DisplayStatus judge(int address, byte[] reply) {
        if (reply.length == 0) {
            return DisplayStatus.noAnswer("no reply within " + config.replyTimeout().toMillis() + " ms");
        }
        DisplayReply decoded = protocol.decodeReply(address, reply);
        return switch (decoded.kind()) {
            case ACCEPTED -> DisplayStatus.ok();
            case REFUSED -> DisplayStatus.rejected(decoded.detail());
            case GARBLED -> DisplayStatus.noAnswer("unreadable reply: " + decoded.detail());
            case INCOMPLETE -> DisplayStatus.noAnswer("incomplete reply " + Hex.of(reply));
        };
    }

    private void record(int address, DisplayStatus status) {
        DisplayStatus before = statuses.put(address, status);
        boolean changed = before == null || before.state() != status.state();
        if (changed && !status.isOk() && status.state() != DisplayStatus.State.PORT_UNAVAILABLE) {
            log.warn("Desk display {} on {}: {} ({})", address, config.port(), status.state(), status.detail());
        } else if (changed && status.isOk() && before != null) {
            log.info("Desk display {} on {} answers again", address, config.port());
        }
    }

    private void dropLine(String reason) {
        if (line != null) {
            line.close();
            line = null;
        }
        markPortProblem(reason);
    }

    /** Logs once per outage (WARN), not once per retry; the detail keeps the latest reason. */
    private void markPortProblem(String problem) {
        if (!outageReported && !"closed".equals(problem)) {
            outageReported = true;
            log.warn("Desk display bus unavailable: {}; retrying every {} ms", problem, WATCH_INTERVAL.toMillis());
        } else if (!problem.equals(portProblem)) {
            log.debug("Desk display bus still unavailable: {}", problem);
        }
        portProblem = problem;
    }

    private void watchPort() {
        try {
            synchronized (bus) {
                watchTicks++;
                if (!closed && ensureOpen(0) && watchTicks % SILENT_RETRY_EVERY_TICKS == 0) {
                    resendUnacknowledged();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Desk display bus watch failed; will retry", e);
        }
    }
}

package dk.skranke.kiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.printer.TicketPrinter;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.central.Connectivity;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.issue.CheckIns;
import dk.skranke.kiosk.issue.ClientRequestIds;
import dk.skranke.kiosk.issue.Nudges;
import dk.skranke.kiosk.issue.TicketIssuer;
import dk.skranke.kiosk.issue.TicketPrinting;
import dk.skranke.kiosk.issue.WalkInHours;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.sync.BranchCache;
import dk.skranke.kiosk.sync.Heartbeat;
import dk.skranke.kiosk.sync.NumberBlockKeeper;
import dk.skranke.kiosk.sync.Replayer;
import dk.skranke.kiosk.web.JsonMapper;
import dk.skranke.kiosk.web.KioskServer;
import dk.skranke.kiosk.web.KioskState;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk app's composition root: receives its configuration, clock and hardware, wires the parts, and can be
 * started in-process on port 0 (tests). {@link #start()} returns at once; central is contacted in the background.
 * The hardware belongs to the caller: {@link #close()} does not close it. The clock's zone does not matter: every
 * part gets it in the branch's zone ({@code zone} of the configuration), so a host left on UTC changes nothing.
 */
public final class KioskApp implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);
    private static final long PRINTER_WATCH_MS = 250;

    private final KioskConfig config;
    private final Hardware hardware;
    private final Journal journal;
    private final Connectivity connectivity;
    private final BranchCache cache;
    private final NumberBlockKeeper blocks;
    private final Replayer replayer;
    private final Heartbeat heartbeat;
    private final KioskServer server;
    private final ScheduledThreadPoolExecutor background;
    private final AtomicBoolean syncQueued = new AtomicBoolean();

    public KioskApp(KioskConfig config, Clock hostClock, Hardware hardware) {
        Clock clock = hostClock.withZone(config.zone());
        this.config = config;
        this.hardware = hardware;
        ObjectMapper json = JsonMapper.create();
        this.journal = Journal.open(config.data());
        this.connectivity = new Connectivity(clock);
        CentralClient central = new CentralClient(config.central(), json, connectivity);
        this.cache = new BranchCache(central, journal, clock, json);
        ClientRequestIds ids = new ClientRequestIds(config.central().device(), clock);
        this.blocks = new NumberBlockKeeper(central, journal, cache, clock, config.numberBlocks(), ids);
        this.replayer = new Replayer(journal, central, clock, Duration.ofSeconds(1), Duration.ofSeconds(10));
        this.background = new ScheduledThreadPoolExecutor(3, daemon());
        TicketPrinting printing = new TicketPrinting(hardware.printer(), config.hardware().paper(), config.zone(),
                () -> runInBackground(this::heartbeatNow));
        this.heartbeat = new Heartbeat(central, journal, connectivity, printing::status, VERSION);
        WalkInHours hours = new WalkInHours();
        String branch = config.central().branch();
        TicketIssuer issuer = new TicketIssuer(central, journal, cache, hours, printing, ids, clock, branch,
                config.central().url() + "/t/", this::requestSync);
        CheckIns checkIns = new CheckIns(central, printing, cache, branch, clock, this::requestSync);
        Nudges nudges = new Nudges(journal, cache, ids, clock, replayer::trigger);
        KioskState state = new KioskState(config, cache, connectivity, printing, hours, issuer, journal, clock);
        this.server = new KioskServer(json, issuer, checkIns, nudges, state);
        connectivity.onChange(online -> {
            if (online) {
                replayer.trigger();
                requestSync();
            }
        });
    }

    /** Starts the local server and the background work (refresh, number blocks, heartbeat, replay); returns at once. */
    public KioskApp start() {
        server.start(config.http().host(), config.http().port());
        long refresh = config.central().refresh().toMillis();
        background.scheduleWithFixedDelay(this::syncRound, 0, refresh, TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::heartbeatNow, 0, config.central().heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::watchPrinter, PRINTER_WATCH_MS, PRINTER_WATCH_MS,
                TimeUnit.MILLISECONDS);
        replayer.trigger();
        log.info("kiosk started port={} branch={} zone={} device={} central={} pending={}", port(),
                config.central().branch(), config.zone(), config.central().device(), config.central().url(),
                journal.pendingCount());
        return this;
    }

    public int port() {
        return server.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8090}. */
    public String url() {
        return "http://" + config.http().host() + ":" + port();
    }

    public KioskConfig config() {
        return config;
    }

    public Journal journal() {
        return journal;
    }

    public Replayer replayer() {
        return replayer;
    }

    public Hardware hardware() {
        return hardware;
    }

    public Optional<TicketPrinter> printer() {
        return hardware.printer();
    }

    /** Whether the last contact with central succeeded. */
    public boolean online() {
        return connectivity.online();
    }

    public BranchCache branchCache() {
        return cache;
    }

    /** Reads branch and queue from central now and tops up the number blocks; true if the read succeeded. */
    public boolean refreshNow() {
        boolean read = cache.refresh();
        blocks.topUp();
        return read;
    }

    /** Reserves number blocks for services running low today; returns how many blocks were added. */
    public int topUpNumbersNow() {
        return blocks.topUp();
    }

    /** Sends a heartbeat now; true if central accepted it. */
    public boolean heartbeatNow() {
        return heartbeat.sendNow();
    }

    private void syncRound() {
        try {
            cache.refresh();
            blocks.topUp();
        } catch (RuntimeException e) {
            log.warn("sync round failed: {}", e.getMessage());
        }
    }

    /** Refresh and top up soon, once, however often it is asked for meanwhile. */
    private void requestSync() {
        if (syncQueued.compareAndSet(false, true)) {
            runInBackground(() -> {
                syncQueued.set(false);
                syncRound();
            });
        }
    }

    private void watchPrinter() {
        if (heartbeat.printerChanged()) {
            heartbeat.sendNow();
        }
    }

    private void runInBackground(Runnable task) {
        if (!background.isShutdown()) {
            background.execute(task);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kiosk-sync-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        server.close();
        background.shutdownNow();
        replayer.close();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        log.info("kiosk stopped");
    }
}

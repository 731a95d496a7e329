package dk.skranke.display.central;

import dk.skranke.client.CentralAnswer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports the display's health to central every 10 s ({@code POST /devices/{device}/heartbeat}); failures are only logged at DEBUG. */
public final class Heartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    static final long PERIOD_SECONDS = 10;

    private final CentralClient central;
    private final String version;
    private final Supplier<Map<String, Object>> details;
    private final ScheduledExecutorService timer;

    public Heartbeat(CentralClient central, String version, Supplier<Map<String, Object>> details) {
        this.central = central;
        this.version = version;
        this.details = details;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "skranke-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        timer.scheduleAtFixedRate(this::beat, 1, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void beat() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("details", details.get());
        try {
            CentralAnswer answer = central.heartbeat(body);
            if (!answer.ok()) {
                log.debug("heartbeat refused status={} error={}", answer.status(), answer.error());
            }
        } catch (RuntimeException e) {
            log.debug("heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

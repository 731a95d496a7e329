package dk.skranke.central.engine;

import dk.skranke.core.event.EventType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits {@code device.changed} when a kiosk or display goes stale (no heartbeat for 30 s), so the
 * admin and staff pages show it live. Coming back needs nothing here: the heartbeat after a stale
 * spell emits {@code device.changed} itself. Devices already stale when central starts are not
 * announced again.
 */
public final class DeviceWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeviceWatch.class);

    private final BranchRegistry registry;
    private final List<String> branchIds;
    private final Clock clock;
    /** Per branch, the devices last seen stale; only the timer thread touches it after the constructor. */
    private final Map<String, Set<String>> knownStale = new HashMap<>();
    private final ScheduledExecutorService timer;
    private boolean failing;

    public DeviceWatch(BranchRegistry registry, List<String> branchIds, Clock clock, Duration every) {
        this.registry = registry;
        this.branchIds = List.copyOf(branchIds);
        this.clock = clock;
        branchIds.forEach(b -> knownStale.put(b, new HashSet<>()));
        try {
            branchIds.forEach(b -> check(b, false));
        } catch (RuntimeException e) { // the timer retries; a device found stale then is announced
            log.warn("first device check failed, will retry: {}", e.toString());
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "device-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkAll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkAll() {
        try {
            branchIds.forEach(b -> check(b, true));
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // a failing database is reported once, not every few seconds
                log.warn("device check failed, will retry: {}", e.toString());
            }
            failing = true;
        }
    }

    private void check(String branch, boolean announce) {
        BranchRegistry.BranchUnit unit = registry.branch(branch);
        BranchEngine engine = unit.engine();
        engine.locked(() -> {
            Set<String> known = knownStale.get(branch);
            List<Map<String, Object>> wentStale = new ArrayList<>();
            for (Map<String, Object> device : unit.devices().all()) {
                String id = (String) device.get("id");
                if (Boolean.TRUE.equals(device.get("stale"))) {
                    if (known.add(id)) {
                        wentStale.add(device);
                    }
                } else {
                    known.remove(id);
                }
            }
            if (announce && !wentStale.isEmpty()) {
                engine.mutate("system", clock.instant(), change -> {
                    for (Map<String, Object> device : wentStale) {
                        change.record(EventType.DEVICE_CHANGED, null, null, null, Map.of("device", device));
                    }
                    return null;
                });
                wentStale.forEach(d -> log.warn("device stale id={} branch={}", d.get("id"), branch));
            }
            return null;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

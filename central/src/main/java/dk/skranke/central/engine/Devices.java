package dk.skranke.central.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.store.DeviceStore.DeviceRecord;
import dk.skranke.central.store.IdempotencyStore.Entry;
import dk.skranke.central.view.Json;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.event.EventType;
import dk.skranke.core.numbering.NumberBlock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Device heartbeats (kiosks, displays) and the number blocks kiosks hold for offline issuing. */
public final class Devices {
    /** A device silent this long is reported as stale in its view. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final BranchEngine engine;
    private final Stores stores;
    private final Clock clock;
    private final Ids ids;

    public Devices(BranchEngine engine, Stores stores, Clock clock, Ids ids) {
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
        this.ids = ids;
    }

    /** Stores a heartbeat; a {@code device.changed} event goes out only when something a person cares about changed. */
    public Map<String, Object> heartbeat(String deviceId, String role, String printer, String version,
            JsonNode details, String actor) {
        String branch = engine.branch().id();
        return engine.locked(() -> engine.mutate(actor, clock.instant(), change -> {
            Optional<DeviceRecord> before = stores.devices().find(change.connection(), deviceId);
            DeviceRecord now = new DeviceRecord(deviceId, branch, role, printer, version,
                    details == null ? null : Json.write(details), change.now());
            stores.devices().save(change.connection(), now);
            boolean changed = before.isEmpty() || !Objects.equals(before.get().printer(), printer)
                    || !Objects.equals(before.get().version(), version) || isStale(before.get(), change.now());
            Map<String, Object> view = view(now, change.now());
            if (changed) {
                change.record(EventType.DEVICE_CHANGED, null, null, null, Map.of("device", view));
            }
            return view;
        }));
    }

    public List<Map<String, Object>> all() {
        Instant now = clock.instant();
        return stores.db().read(c -> stores.devices().inBranch(c, engine.branch().id())).stream()
                .map(d -> view(d, now)).toList();
    }

    /**
     * Sets a block of numbers aside for a kiosk, for one service today; a repeated clientRequestId
     * returns the block the first request reserved.
     */
    public Reserved reserveNumbers(String service, int size, String holder, String clientRequestId, String actor) {
        engine.requireService(service);
        String fingerprint = holder + "/" + service + "/" + size;
        return engine.locked(() -> {
            Optional<Entry> earlier = engine.earlierRequest(clientRequestId, "number-block", fingerprint);
            if (earlier.isPresent()) {
                return new Reserved(stores.db().read(c -> stores.numbers().block(c, earlier.get().blockId()))
                        .orElseThrow(), false);
            }
            return engine.mutate(actor, clock.instant(), change -> {
                String id = ids.next("nb_");
                NumberBlock block = stores.numbers().reserveBlock(change.connection(), id, engine.branch().id(),
                        service, engine.localDate(change.now()), holder, size, change.now());
                change.record(EventType.NUMBERS_RESERVED, null, null, service, Map.of("block", block));
                engine.rememberRequest(change, clientRequestId, new Entry("number-block", fingerprint, null, id));
                return new Reserved(block, true);
            });
        });
    }

    private static boolean isStale(DeviceRecord device, Instant now) {
        return device.lastSeen().plus(STALE_AFTER).isBefore(now);
    }

    private Map<String, Object> view(DeviceRecord d, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("branch", d.branch());
        view.put("role", d.role());
        view.put("printer", d.printer());
        view.put("version", d.version());
        view.put("lastSeen", TicketView.at(d.lastSeen(), engine.branch().hours().zone()));
        view.put("stale", isStale(d, now));
        return view;
    }

    /** A number block reserved now or earlier (for a repeated clientRequestId). */
    public record Reserved(NumberBlock block, boolean created) {
    }
}

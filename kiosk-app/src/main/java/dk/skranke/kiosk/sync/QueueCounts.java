package dk.skranke.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Waiting tickets and the estimate per service, from central's {@code GET /branches/{b}/queue} at {@code readAt}. */
public record QueueCounts(Map<String, ServiceQueue> services, Instant readAt) {

    /** A value: the map is copied, unmodifiable, in the order given (central's order of services). */
    public QueueCounts {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** One service's line: how many wait, and the estimate for a walk-in taken at {@code readAt}. */
    public record ServiceQueue(int waiting, int estimatedWaitMinutes) {
    }

    public static final ServiceQueue EMPTY = new ServiceQueue(0, 0);

    public ServiceQueue of(String service) {
        return services.getOrDefault(service, EMPTY);
    }

    public static QueueCounts parse(JsonNode n, Instant readAt) {
        Map<String, ServiceQueue> services = new LinkedHashMap<>();
        for (JsonNode s : n.path("services")) {
            services.put(s.path("service").asText(), new ServiceQueue(Math.max(0, s.path("waiting").asInt(0)),
                    Math.max(0, s.path("estimatedWaitMinutes").asInt(0))));
        }
        return new QueueCounts(services, readAt);
    }
}

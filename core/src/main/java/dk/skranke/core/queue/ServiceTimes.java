package dk.skranke.core.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Recent service times per service, for wait estimates; not thread-safe (callers serialise). */
public final class ServiceTimes {
    private final int window;
    private final Map<String, Deque<Duration>> recent = new HashMap<>();

    public ServiceTimes(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        this.window = window;
    }

    public void record(String service, Duration took) {
        if (took.isNegative()) {
            return;
        }
        Deque<Duration> times = recent.computeIfAbsent(service, s -> new ArrayDeque<>());
        times.addLast(took);
        if (times.size() > window) {
            times.removeFirst();
        }
    }

    /** The mean of the recent service times, or the fallback when none is known. */
    public Duration mean(String service, Duration fallback) {
        Deque<Duration> times = recent.get(service);
        if (times == null || times.isEmpty()) {
            return fallback;
        }
        long total = times.stream().mapToLong(Duration::toMillis).sum();
        return Duration.ofMillis(total / times.size());
    }
}

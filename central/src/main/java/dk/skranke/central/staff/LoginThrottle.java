package dk.skranke.central.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and client address; after {@code maxFailures} within the
 * window further attempts are refused (429) until the oldest failure is older than the window.
 */
public final class LoginThrottle {
    /** Beyond this many tracked pairs, pairs without a recent failure are dropped first. */
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long this username from this address must wait, if it is blocked now. */
    public Optional<Duration> blockedFor(String username, String address) {
        Deque<Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}

package dk.skranke.display.central;

import java.time.Duration;

/** Reconnect delays: doubling from {@code first} up to {@code max}; back to {@code first} after a success. */
public final class Backoff {
    private final Duration first;
    private final Duration max;
    // a private lock: the follower that holds this Backoff must not be able to block it
    private final Object lock = new Object();
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** 0.5 s, 1 s, 2 s, 4 s, 5 s, 5 s, ... */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    public Duration next() {
        synchronized (lock) {
            Duration now = next;
            Duration doubled = next.multipliedBy(2);
            next = doubled.compareTo(max) > 0 ? max : doubled;
            return now;
        }
    }

    /** The longest delay, for failures that another try soon will not fix (a refused token). */
    public Duration longest() {
        synchronized (lock) {
            next = max;
            return max;
        }
    }

    public void reset() {
        synchronized (lock) {
            next = first;
        }
    }
}

package dk.skranke.display.central;

import java.time.Duration;

/** Reconnect delays: doubling from {@code first} up to {@code max}; back to {@code first} after a success. */
public final class Backoff {
    private final Duration first;
    private final Duration max;
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

    public synchronized Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    /** The longest delay, for failures that another try soon will not fix (a refused token). */
    public synchronized Duration longest() {
        next = max;
        return max;
    }

    public synchronized void reset() {
        next = first;
    }
}

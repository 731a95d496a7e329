package dk.skranke.hardware.buttons;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns the raw edges of one contact into presses: a press is reported on the first edge to "pressed",
 * and a new press only after the contact has rested released for the whole window. So bounces on press
 * or release, and a long hold, each give one press; two presses further apart than the window give two.
 * Pure: the caller supplies the time of every edge. Thread-safe.
 */
public final class Debouncer {
    private final Duration window;
    // a private lock: callers hold the Debouncer itself, so it must not be the monitor
    private final Object lock = new Object();
    private boolean rawPressed;
    private Instant rawSince;
    private boolean pressReported;

    private Debouncer(Duration window, boolean rawPressed, Instant rawSince) {
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("debounce window must not be negative: " + window);
        }
        this.rawPressed = rawPressed;
        this.rawSince = rawSince;
        // a button already down at start-up is not a new press
        this.pressReported = rawPressed;
    }

    /** A debouncer for a contact that is released (at rest) now. */
    public static Debouncer released(Duration window) {
        return new Debouncer(window, false, Instant.MIN);
    }

    /** A debouncer for a contact read as {@code pressed} at {@code at}; a held button does not count as a press. */
    public static Debouncer startingAt(boolean pressed, Instant at, Duration window) {
        return new Debouncer(window, pressed, Objects.requireNonNull(at, "at"));
    }

    /**
     * Feeds one raw level change; returns true when it starts a new press. A repeated level is ignored,
     * so callers may pass every reading, not only changes.
     */
    public boolean edge(boolean pressed, Instant at) {
        Objects.requireNonNull(at, "at");
        synchronized (lock) {
            if (pressed == rawPressed) {
                return false;
            }
            boolean newPress = pressed && (!pressReported || restedReleased(at));
            if (newPress) {
                pressReported = true;
            }
            rawPressed = pressed;
            rawSince = at;
            return newPress;
        }
    }

    /** The window used, for logs and diagnostics. */
    public Duration window() {
        return window;
    }

    private boolean restedReleased(Instant now) {
        // rawSince is when the contact last went released; clocks stepping backwards count as "too soon"
        return rawSince.equals(Instant.MIN) || Duration.between(rawSince, now).compareTo(window) >= 0;
    }
}

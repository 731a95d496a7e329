package dk.skranke.core.queue;

import java.time.Duration;

/**
 * An estimated wait: the people ahead shared over the open desks serving the service, each
 * taking the recent mean service time.
 */
public record WaitEstimate(int waitingAhead, int minutes) {

    public static WaitEstimate of(int waitingAhead, int openDesks, Duration meanServiceTime) {
        if (waitingAhead < 0 || openDesks < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        double seconds = (double) waitingAhead * meanServiceTime.toSeconds() / Math.max(1, openDesks);
        return new WaitEstimate(waitingAhead, (int) Math.ceil(seconds / 60.0));
    }

    public Duration asDuration() {
        return Duration.ofMinutes(minutes);
    }
}

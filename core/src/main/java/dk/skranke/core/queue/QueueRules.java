package dk.skranke.core.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * Configurable parts of the queue discipline.
 *
 * @param minCallsBeforeNoShow a ticket can be marked no-show only after this many calls
 * @param recallDelay the least time between two calls of the same ticket (and before a no-show)
 * @param appointmentLead a checked-in appointment counts as due this long before its start
 */
public record QueueRules(int minCallsBeforeNoShow, Duration recallDelay, Duration appointmentLead) {

    public static final QueueRules DEFAULT = new QueueRules(2, Duration.ofSeconds(30), Duration.ofMinutes(5));

    public QueueRules {
        Objects.requireNonNull(recallDelay, "recallDelay");
        Objects.requireNonNull(appointmentLead, "appointmentLead");
        if (minCallsBeforeNoShow < 1 || minCallsBeforeNoShow > 10) {
            throw new IllegalArgumentException("minCallsBeforeNoShow must be between 1 and 10");
        }
        if (recallDelay.isNegative() || appointmentLead.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }
}

package dk.skranke.kiosk.issue;

import java.util.List;

/**
 * The {@code hours} of the kiosk state: whether walk-in tickets are possible now, else why ({@code closed},
 * {@code appointment-only}, {@code last-ticket-passed}) and when they open again (ISO time or null).
 */
public record HoursView(boolean walkInsNow, String reason, String opensAt, List<String> todayIntervals) {

    /** A value: the intervals are copied, unmodifiable ({@code reason} and {@code opensAt} may be null). */
    public HoursView {
        todayIntervals = List.copyOf(todayIntervals);
    }
}

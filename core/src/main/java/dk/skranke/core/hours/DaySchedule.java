package dk.skranke.core.hours;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The opening intervals of one day, sorted and non-overlapping; empty means closed. */
public record DaySchedule(List<TimeInterval> intervals, boolean appointmentOnly) {

    public static final DaySchedule CLOSED = new DaySchedule(List.of(), false);

    public DaySchedule {
        Objects.requireNonNull(intervals, "intervals");
        intervals = List.copyOf(intervals);
        validateOrder(intervals);
        if (appointmentOnly && intervals.isEmpty()) {
            throw new IllegalArgumentException("an appointment-only day needs at least one interval; use CLOSED instead");
        }
    }

    /** A walk-in day from interval texts such as {@code of("9-14", "16-18.30")}; no arguments means closed. */
    public static DaySchedule of(String... intervals) {
        return new DaySchedule(parseAll(intervals), false);
    }

    /** A day open for booked appointments only, e.g. {@code byAppointment("9-12")}. */
    public static DaySchedule byAppointment(String... intervals) {
        return new DaySchedule(parseAll(intervals), true);
    }

    public boolean isClosed() {
        return intervals.isEmpty();
    }

    /** The interval containing {@code time}, by local wall time. */
    public Optional<TimeInterval> intervalAt(LocalTime time) {
        return intervals.stream().filter(interval -> interval.contains(time)).findFirst();
    }

    private static List<TimeInterval> parseAll(String... intervals) {
        return Arrays.stream(intervals).map(TimeInterval::parse).toList();
    }

    private static void validateOrder(List<TimeInterval> intervals) {
        for (int i = 1; i < intervals.size(); i++) {
            TimeInterval previous = intervals.get(i - 1);
            TimeInterval current = intervals.get(i);
            if (previous.overlaps(current)) {
                throw new IllegalArgumentException("intervals overlap: " + previous.format()
                        + " and " + current.format());
            }
            if (current.from().isBefore(previous.from())) {
                throw new IllegalArgumentException("intervals must be sorted by start time, but "
                        + current.format() + " comes after " + previous.format());
            }
        }
    }
}

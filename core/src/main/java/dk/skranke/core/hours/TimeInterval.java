package dk.skranke.core.hours;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half-open span [from, to) of local wall-clock time within one day, such as 09:00-14:00. */
public record TimeInterval(LocalTime from, LocalTime to) {

    // Accepts "09:00-14:00", "9-14", "16-18.30" (Danish style) and an en dash between the times.
    private static final Pattern FORMAT = Pattern.compile(
            "\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-\u2013]\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*");

    public TimeInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "time interval must start before it ends, but from " + from + " is not before to " + to);
        }
    }

    /** Parses "09:00-14:00", "9-14", "16-18.30" or "16:00-18:30". */
    public static TimeInterval parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("time interval must not be empty; expected a form like 09:00-14:00");
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cannot read time interval '" + text
                    + "'; expected a form like 09:00-14:00, 9-14 or 16-18.30");
        }
        LocalTime from = time(text, matcher.group(1), matcher.group(2));
        LocalTime to = time(text, matcher.group(3), matcher.group(4));
        return new TimeInterval(from, to);
    }

    /** Whether {@code time} lies in [from, to). */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    /** Whether this interval and {@code other} share any moment. */
    public boolean overlaps(TimeInterval other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** The interval as "HH:mm-HH:mm", readable again by {@link #parse(String)}. */
    public String format() {
        return from + "-" + to;
    }

    private static LocalTime time(String text, String hours, String minutes) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 23 || minute > 59) {
            String shown = hours + (minutes == null ? "" : ":" + minutes);
            throw new IllegalArgumentException("time '" + shown + "' in interval '" + text
                    + "' is not a valid time of day (00:00 to 23:59)");
        }
        return LocalTime.of(hour, minute);
    }
}

package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.DayOfWeek;

/** Checks and indexes the hours of a week (Monday 0-1 is index 0, Sunday 23-24 is 167). */
final class WeekHours {

    static final int HOURS_PER_WEEK = 7 * 24;

    private WeekHours() {
    }

    static int index(DayOfWeek day, int hour) {
        return (day.getValue() - 1) * 24 + hour;
    }

    static void requireSpan(String field, DayOfWeek day, int fromHour, int toHour) {
        if (day == null) {
            throw new InvalidInputException(field, "day must be given");
        }
        if (fromHour < 0 || toHour > 24 || fromHour >= toHour) {
            throw new InvalidInputException(field, "hours must satisfy 0 <= from < to <= 24 (got " + fromHour
                    + "-" + toHour + " on " + day + ")");
        }
    }
}

package dk.skranke.core.hours;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated override of the weekly pattern: closed ({@link DaySchedule#CLOSED}), special hours or
 * appointment-only; {@code note} explains it to staff (empty when not given).
 */
public record DateException(LocalDate date, DaySchedule schedule, String note) {

    public DateException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(schedule, "schedule");
        note = note == null ? "" : note;
    }

    /** A day closed for the reason in {@code note}. */
    public static DateException closed(LocalDate date, String note) {
        return new DateException(date, DaySchedule.CLOSED, note);
    }
}

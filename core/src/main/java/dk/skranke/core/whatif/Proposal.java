package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.hours.DateException;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.hours.TimeInterval;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;

/**
 * An opening-hours proposal to try: when the centre is open (holidays, split days, exceptions and
 * appointment-only days as in {@link OpeningHours}; an interval ending at {@link LocalTime#MAX} runs
 * to midnight), the desks staffed per hour, and the share of citizens who book an appointment
 * instead of walking in (0 to 1).
 */
public record Proposal(String name, OpeningHours hours, DeskPlan desks, double appointmentShare) {

    public Proposal {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (hours == null) {
            throw new InvalidInputException("hours", "must be given");
        }
        if (desks == null) {
            throw new InvalidInputException("desks", "must be given");
        }
        if (!(appointmentShare >= 0 && appointmentShare <= 1)) {
            throw new InvalidInputException("appointmentShare", "must be between 0 and 1 (got "
                    + appointmentShare + ")");
        }
        requireDesksWhileOpen(hours, desks);
    }

    /** A proposal without appointments. */
    public static Proposal walkInsOnly(String name, OpeningHours hours, DeskPlan desks) {
        return new Proposal(name, hours, desks, 0);
    }

    private static void requireDesksWhileOpen(OpeningHours hours, DeskPlan desks) {
        for (Map.Entry<DayOfWeek, DaySchedule> day : hours.weekly().entrySet()) {
            requireDesks(desks, day.getKey(), day.getValue(), day.getKey().toString());
        }
        for (DateException exception : hours.exceptions()) {
            DayOfWeek day = exception.date().getDayOfWeek();
            requireDesks(desks, day, exception.schedule(), exception.date() + " (" + day + ")");
        }
    }

    private static void requireDesks(DeskPlan desks, DayOfWeek day, DaySchedule schedule, String when) {
        for (TimeInterval interval : schedule.intervals()) {
            for (int hour = interval.from().getHour(); hour <= lastHour(interval); hour++) {
                if (desks.desksAt(day, hour) == 0) {
                    throw new InvalidInputException("desks", String.format(
                            "no desk is staffed on %s %02d:00-%02d:00, but the proposal is open %s then",
                            when, hour, hour + 1, interval.format()));
                }
            }
        }
    }

    private static int lastHour(TimeInterval interval) {
        return interval.to().equals(LocalTime.MAX) ? 23 : interval.to().minusNanos(1).getHour();
    }
}

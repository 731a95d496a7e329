package dk.skranke.core.whatif;

import java.time.DayOfWeek;

/** The mean wait of the walk-ins who came in during one local hour of the week ({@code hour} 0-23). */
public record HourWait(DayOfWeek day, int hour, long citizens, double meanMinutes) {
}

package dk.skranke.core.whatif;

import java.time.DayOfWeek;

/** The mean wait of the walk-ins who came in on a day of the week. */
public record DayWait(DayOfWeek day, long citizens, double meanMinutes) {
}

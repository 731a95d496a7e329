package dk.skranke.central.reports;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How the period is cut into slices: local days, ISO weeks (Monday first) or calendar months. */
public enum Grouping {
    DAY, WEEK, MONTH;

    /** The slice a local date falls in: {@code 2026-03-29}, {@code 2026-W13}, {@code 2026-03}. */
    String key(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * How many desks are staffed in each local hour of the week while the proposal is open, e.g.
 * {@code DeskPlan.constant(3).with(MONDAY, 10, 12, 5)}. Immutable; hours outside opening time are
 * ignored.
 */
public final class DeskPlan {

    /** More desks than any citizen service centre has; guards against typing errors. */
    public static final int MAX_DESKS = 500;

    private final int[] desks;

    private DeskPlan(int[] desks) {
        this.desks = desks;
    }

    /** The same number of desks in every hour. */
    public static DeskPlan constant(int desks) {
        requireCount(desks, "desks");
        int[] all = new int[WeekHours.HOURS_PER_WEEK];
        Arrays.fill(all, desks);
        return new DeskPlan(all);
    }

    /** This plan with {@code count} desks on {@code day} from {@code fromHour} up to (not incl.) {@code toHour}. */
    public DeskPlan with(DayOfWeek day, int fromHour, int toHour, int count) {
        WeekHours.requireSpan("desks", day, fromHour, toHour);
        requireCount(count, "desks");
        int[] changed = desks.clone();
        for (int hour = fromHour; hour < toHour; hour++) {
            changed[WeekHours.index(day, hour)] = count;
        }
        return new DeskPlan(changed);
    }

    /** This plan with {@code count} desks Monday to Friday from {@code fromHour} to {@code toHour}. */
    public DeskPlan withWeekdays(int fromHour, int toHour, int count) {
        DeskPlan plan = this;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                plan = plan.with(day, fromHour, toHour, count);
            }
        }
        return plan;
    }

    /** The desks staffed on {@code day} in the local hour starting at {@code hour} (0-23). */
    public int desksAt(DayOfWeek day, int hour) {
        return desks[WeekHours.index(day, hour)];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeskPlan plan && Arrays.equals(desks, plan.desks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(desks);
    }

    @Override
    public String toString() {
        return "DeskPlan" + Arrays.toString(desks);
    }

    private static void requireCount(int count, String field) {
        if (count < 0 || count > MAX_DESKS) {
            throw new InvalidInputException(field, "must be between 0 and " + MAX_DESKS + " (got " + count + ")");
        }
    }
}

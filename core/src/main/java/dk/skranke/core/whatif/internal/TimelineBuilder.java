package dk.skranke.core.whatif.internal;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.hours.TimeInterval;
import dk.skranke.core.whatif.DeskPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays opening hours and a desk plan over a period. Local times become instants as in
 * {@link OpeningHours}; an interval ending at {@link LocalTime#MAX} runs to midnight. Times that a
 * clock change makes overlap are cut so the timeline only moves forward.
 */
public final class TimelineBuilder {

    private final OpeningHours hours;
    private final DeskPlan desks;
    private final ZoneId zone;
    private final Instant from;
    private final double end;
    private final List<Timeline.Interval> intervals = new ArrayList<>();
    private final List<Timeline.Segment> segments = new ArrayList<>();
    private double[] changeTimes = new double[64];
    private int[] changeDesks = new int[64];
    private int changes;
    private double reached;
    private double segmentsReached;

    public TimelineBuilder(OpeningHours hours, DeskPlan desks, Instant from, Instant to) {
        this.hours = hours;
        this.desks = desks;
        this.zone = hours.zone();
        this.from = from;
        this.end = Seconds.between(from, to);
    }

    public Timeline build() {
        LocalDate last = from.plusSeconds((long) Math.ceil(end)).atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            DaySchedule schedule = hours.scheduleFor(date);
            for (TimeInterval interval : schedule.intervals()) {
                addInterval(date, interval, schedule.appointmentOnly());
            }
        }
        return new Timeline(intervals, segments, Arrays.copyOf(changeTimes, changes),
                Arrays.copyOf(changeDesks, changes));
    }

    private void addInterval(LocalDate date, TimeInterval interval, boolean appointmentOnly) {
        double rawEnd = at(date, interval.to());
        double start = Math.max(Math.max(at(date, interval.from()), 0), reached);
        double stop = Math.min(rawEnd, end);
        if (stop <= start) {
            return;
        }
        double lastWalkIn = rawEnd - Seconds.of(hours.lastWalkInBeforeClose());
        double walkInUntil = appointmentOnly ? start : Math.max(start, Math.min(stop, lastWalkIn));
        intervals.add(new Timeline.Interval(start, stop, walkInUntil));
        int lastHour = interval.to().equals(LocalTime.MAX) ? 23 : interval.to().minusNanos(1).getHour();
        for (int hour = interval.from().getHour(); hour <= lastHour; hour++) {
            double segmentStart = Math.max(Math.max(start, segmentsReached), at(date, LocalTime.of(hour, 0)));
            double segmentEnd = Math.min(stop, at(date, hour == 23 ? LocalTime.MAX : LocalTime.of(hour + 1, 0)));
            if (segmentEnd > segmentStart) {
                addSegment(date, hour, segmentStart, segmentEnd);
                segmentsReached = segmentEnd;
            }
        }
        addChange(stop, 0);
        reached = stop;
    }

    private void addSegment(LocalDate date, int hour, double start, double stop) {
        int staffed = desks.desksAt(date.getDayOfWeek(), hour);
        if (staffed == 0) {
            throw new InvalidInputException("desks", String.format("no desk is staffed on %s (%s) %02d:00-%02d:00,"
                    + " but the proposal is open then", date, date.getDayOfWeek(), hour, hour + 1));
        }
        segments.add(new Timeline.Segment(start, stop, staffed, (date.getDayOfWeek().getValue() - 1) * 24 + hour));
        addChange(start, staffed);
    }

    private void addChange(double time, int staffed) {
        if (changes > 0 && changeTimes[changes - 1] == time) {
            changes--;
        }
        if (changes > 0 && changeDesks[changes - 1] == staffed) {
            return;
        }
        if (changes == changeTimes.length) {
            changeTimes = Arrays.copyOf(changeTimes, changes * 2);
            changeDesks = Arrays.copyOf(changeDesks, changes * 2);
        }
        changeTimes[changes] = time;
        changeDesks[changes++] = staffed;
    }

    /** Seconds since the period start of local {@code time} on {@code date}; MAX means the next midnight. */
    private double at(LocalDate date, LocalTime time) {
        ZonedDateTime moment = time.equals(LocalTime.MAX)
                ? date.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(date, time, zone);
        return Seconds.between(from, moment.toInstant());
    }
}

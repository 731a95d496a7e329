package dk.skranke.core.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a centre is open and takes walk-ins: a weekly pattern, dated exceptions and Danish
 * holidays, with intervals in local wall time of {@code zone}.
 *
 * <p>Wall times are turned into instants with {@link ZonedDateTime#of}: a time in a spring-forward
 * gap moves later by the gap, a time in an autumn overlap takes the earlier (summer-time) offset.
 */
public final class OpeningHours {

    /** How far ahead {@link #nextOpening} searches. */
    public static final int SEARCH_DAYS = 400;

    private final ZoneId zone;
    private final Map<DayOfWeek, DaySchedule> weekly;
    private final Map<LocalDate, DateException> exceptions;
    private final boolean closedOnPublicHolidays;
    private final Set<String> alsoClosedOn;
    private final Duration lastWalkInBeforeClose;

    public OpeningHours(ZoneId zone, Map<DayOfWeek, DaySchedule> weekly, List<DateException> exceptions,
            boolean closedOnPublicHolidays, Set<String> alsoClosedOn, Duration lastWalkInBeforeClose) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.weekly = Collections.unmodifiableMap(checkedCopy(weekly));
        this.exceptions = byDate(exceptions);
        this.closedOnPublicHolidays = closedOnPublicHolidays;
        this.alsoClosedOn = Set.copyOf(validKeys(alsoClosedOn));
        this.lastWalkInBeforeClose = nonNegative(lastWalkInBeforeClose, "lastWalkInBeforeClose");
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** The day's schedule: a dated exception wins, then a closing holiday, then the weekly pattern. */
    public DaySchedule scheduleFor(LocalDate date) {
        DateException exception = exceptions.get(date);
        if (exception != null) {
            return exception.schedule();
        }
        if (closingHoliday(date).isPresent()) {
            return DaySchedule.CLOSED;
        }
        return weekly.getOrDefault(date.getDayOfWeek(), DaySchedule.CLOSED);
    }

    /**
     * The holiday that closes {@code date}, for messages; empty when a dated exception decides the
     * day or no configured holiday falls on it.
     */
    public Optional<Holiday> closingHoliday(LocalDate date) {
        if (exceptions.containsKey(date)) {
            return Optional.empty();
        }
        Optional<Holiday> official = DanishHolidays.official(date);
        if (closedOnPublicHolidays && official.isPresent()) {
            return official;
        }
        return DanishHolidays.customary(date).filter(holiday -> alsoClosedOn.contains(holiday.key()));
    }

    /** Whether {@code time} falls in an interval of its local date; appointment-only days count as open. */
    public boolean isOpen(Instant time) {
        LocalDate date = time.atZone(zone).toLocalDate();
        return currentInterval(date, time).isPresent();
    }

    /**
     * The start of the first interval starting at or after {@code from} (an interval already under
     * way at {@code from} does not count), searching {@value #SEARCH_DAYS} days ahead.
     *
     * @param walkInsOnly skip appointment-only days
     */
    public Optional<ZonedDateTime> nextOpening(Instant from, boolean walkInsOnly) {
        LocalDate first = from.atZone(zone).toLocalDate();
        for (int day = 0; day <= SEARCH_DAYS; day++) {
            LocalDate date = first.plusDays(day);
            DaySchedule schedule = scheduleFor(date);
            if (walkInsOnly && schedule.appointmentOnly()) {
                continue;
            }
            for (TimeInterval interval : schedule.intervals()) {
                ZonedDateTime start = at(date, interval.from());
                if (!start.toInstant().isBefore(from)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a walk-in ticket may be issued at {@code now} when the citizen would wait about
     * {@code estimatedWait}. Outside every interval the refusal is CLOSED, inside an interval of an
     * appointment-only day APPOINTMENT_ONLY; {@code opensAt} is always the next walk-in start.
     */
    public WalkInDecision walkIn(Instant now, Duration estimatedWait) {
        Objects.requireNonNull(now, "now");
        nonNegative(estimatedWait, "estimatedWait");
        LocalDate date = now.atZone(zone).toLocalDate();
        Optional<TimeInterval> interval = currentInterval(date, now);
        if (interval.isEmpty()) {
            return refuse(WalkInRefusal.CLOSED, now, null);
        }
        if (scheduleFor(date).appointmentOnly()) {
            return refuse(WalkInRefusal.APPOINTMENT_ONLY, now, null);
        }
        ZonedDateTime lastTicketAt = at(date, interval.get().to()).minus(lastWalkInBeforeClose).minus(estimatedWait);
        if (now.isAfter(lastTicketAt.toInstant())) {
            return refuse(WalkInRefusal.LAST_TICKET_PASSED, now, lastTicketAt);
        }
        return WalkInDecision.accept(lastTicketAt);
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, DaySchedule> weekly() {
        return weekly;
    }

    /** The dated exceptions in date order. */
    public List<DateException> exceptions() {
        return List.copyOf(exceptions.values());
    }

    public boolean closedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    public Set<String> alsoClosedOn() {
        return alsoClosedOn;
    }

    public Duration lastWalkInBeforeClose() {
        return lastWalkInBeforeClose;
    }

    private WalkInDecision refuse(WalkInRefusal refusal, Instant now, ZonedDateTime lastTicketAt) {
        return WalkInDecision.refuse(refusal, nextOpening(now, true).orElse(null), lastTicketAt);
    }

    private Optional<TimeInterval> currentInterval(LocalDate date, Instant time) {
        return scheduleFor(date).intervals().stream()
                .filter(interval -> !time.isBefore(at(date, interval.from()).toInstant())
                        && time.isBefore(at(date, interval.to()).toInstant()))
                .findFirst();
    }

    private ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone);
    }

    private static Map<DayOfWeek, DaySchedule> checkedCopy(Map<DayOfWeek, DaySchedule> weekly) {
        Objects.requireNonNull(weekly, "weekly");
        Map<DayOfWeek, DaySchedule> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, schedule) -> copy.put(Objects.requireNonNull(day, "weekly day"),
                Objects.requireNonNull(schedule, "weekly schedule for " + day)));
        return copy;
    }

    private static Map<LocalDate, DateException> byDate(List<DateException> exceptions) {
        Objects.requireNonNull(exceptions, "exceptions");
        Map<LocalDate, DateException> map = new TreeMap<>();
        for (DateException exception : exceptions) {
            if (map.putIfAbsent(exception.date(), exception) != null) {
                throw new IllegalArgumentException("more than one exception for date " + exception.date());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Set<String> validKeys(Set<String> keys) {
        Objects.requireNonNull(keys, "alsoClosedOn");
        for (String key : keys) {
            if (!DanishHolidays.customaryKeys().contains(key)) {
                throw new IllegalArgumentException("unknown customary closing day '" + key
                        + "' in alsoClosedOn; valid keys are " + String.join(", ",
                                new TreeSet<>(DanishHolidays.customaryKeys())));
            }
        }
        return keys;
    }

    private static Duration nonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, but was " + duration);
        }
        return duration;
    }

    /** Collects the inputs of {@link OpeningHours} step by step; holidays close by default. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, DaySchedule> weekly = new EnumMap<>(DayOfWeek.class);
        private final List<DateException> exceptions = new ArrayList<>();
        private final Set<String> alsoClosedOn = new LinkedHashSet<>();
        private boolean closedOnPublicHolidays = true;
        private Duration lastWalkInBeforeClose = Duration.ZERO;

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder on(DayOfWeek day, DaySchedule schedule) {
            weekly.put(day, schedule);
            return this;
        }

        /** The same schedule Monday to Friday. */
        public Builder weekdays(DaySchedule schedule) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                on(day, schedule);
            }
            return this;
        }

        public Builder exception(DateException exception) {
            exceptions.add(exception);
            return this;
        }

        public Builder exception(LocalDate date, DaySchedule schedule, String note) {
            return exception(new DateException(date, schedule, note));
        }

        public Builder closedOnPublicHolidays(boolean closed) {
            closedOnPublicHolidays = closed;
            return this;
        }

        /** Customary days to close on too, by key from {@link DanishHolidays#customaryIn(int)}. */
        public Builder alsoClosedOn(String... keys) {
            alsoClosedOn.addAll(List.of(keys));
            return this;
        }

        public Builder lastWalkInBeforeClose(Duration duration) {
            lastWalkInBeforeClose = duration;
            return this;
        }

        public OpeningHours build() {
            return new OpeningHours(zone, weekly, exceptions, closedOnPublicHolidays, alsoClosedOn,
                    lastWalkInBeforeClose);
        }
    }
}

package dk.skranke.central.config;

import dk.skranke.config.ConfigException;
import dk.skranke.config.ConfigNode;
import dk.skranke.core.hours.DateException;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.hours.TimeInterval;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a branch's {@code hours:} block into {@link OpeningHours}. */
final class HoursConfig {
    private HoursConfig() {
    }

    static OpeningHours parse(ConfigNode n) {
        n.allowOnly(Set.of("zone", "weekly", "exceptions", "closedOnPublicHolidays", "alsoClosedOn",
                "lastWalkInBeforeClose"));
        ZoneId zone = zone(n.child("zone"));
        Map<DayOfWeek, DaySchedule> weekly = weekly(n.child("weekly"));
        List<DateException> exceptions = n.child("exceptions").listOrEmpty().stream()
                .map(HoursConfig::exception).toList();
        Set<String> alsoClosed = n.child("alsoClosedOn").isPresent()
                ? new HashSet<>(n.child("alsoClosedOn").texts()) : Set.of();
        boolean holidays = n.child("closedOnPublicHolidays").bool(true);
        Duration lastWalkIn = n.child("lastWalkInBeforeClose").duration(Duration.ofMinutes(15));
        return n.build(h -> new OpeningHours(zone, weekly, exceptions, holidays, alsoClosed, lastWalkIn));
    }

    private static ZoneId zone(ConfigNode n) {
        String id = n.textOr("Europe/Copenhagen");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw n.error("unknown time zone '" + id + "'");
        }
    }

    private static Map<DayOfWeek, DaySchedule> weekly(ConfigNode n) {
        Map<DayOfWeek, DaySchedule> weekly = new EnumMap<>(DayOfWeek.class);
        Iterator<String> days = n.required().keys();
        while (days.hasNext()) {
            String key = days.next();
            ConfigNode day = n.child(key);
            DayOfWeek dayOfWeek;
            try {
                dayOfWeek = DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw day.error("unknown weekday; use monday ... sunday");
            }
            weekly.put(dayOfWeek, day(day));
        }
        return weekly;
    }

    /** A day is a list of intervals, or {intervals: [...], appointmentOnly: true}. */
    private static DaySchedule day(ConfigNode n) {
        if (n.isPresent() && !isList(n)) {
            n.allowOnly(Set.of("intervals", "appointmentOnly"));
            return schedule(n.child("intervals"), n.child("appointmentOnly").bool(false));
        }
        return schedule(n, false);
    }

    private static DaySchedule schedule(ConfigNode intervals, boolean appointmentOnly) {
        List<TimeInterval> parsed = new ArrayList<>();
        for (ConfigNode interval : intervals.listOrEmpty()) {
            parsed.add(interval.build(i -> TimeInterval.parse(i.text())));
        }
        return intervals.build(i -> new DaySchedule(parsed, appointmentOnly));
    }

    private static DateException exception(ConfigNode n) {
        n.allowOnly(Set.of("date", "closed", "intervals", "appointmentOnly", "note"));
        LocalDate date;
        try {
            date = LocalDate.parse(n.child("date").text());
        } catch (DateTimeException e) {
            throw n.child("date").error("must be a date such as 2026-12-23");
        }
        boolean closed = n.child("closed").bool(false);
        if (closed == n.child("intervals").isPresent()) {
            throw n.error("give either closed: true or intervals, not both or neither");
        }
        DaySchedule schedule = closed ? DaySchedule.CLOSED
                : schedule(n.child("intervals"), n.child("appointmentOnly").bool(false));
        return new DateException(date, schedule, n.child("note").textOr(""));
    }

    private static boolean isList(ConfigNode n) {
        try {
            n.list();
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}

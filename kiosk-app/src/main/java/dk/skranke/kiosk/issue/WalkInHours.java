package dk.skranke.kiosk.issue;

import dk.skranke.kiosk.sync.BranchInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether walk-ins are possible from the cached {@code today} of central's branch answer, plus the last
 * {@code 409 closed} central gave (it alone knows "last ticket passed"). Without hours for today it says yes:
 * central decides when it is reachable, and offline the kiosk rather issues than turns people away.
 */
public final class WalkInHours {
    private final AtomicReference<Refusal> lastRefusal = new AtomicReference<>();

    private record Refusal(LocalDate day, String reason, String opensAt, OffsetDateTime opensAtTime) {
    }

    /** Remembers central's refusal until its {@code opensAt} (or the end of the day). */
    public void refused(String reason, String opensAt, ZonedDateTime now) {
        OffsetDateTime time = null;
        try {
            time = opensAt == null ? null : OffsetDateTime.parse(opensAt);
        } catch (DateTimeParseException e) {
            opensAt = null;
        }
        lastRefusal.set(new Refusal(now.toLocalDate(), reason == null ? "closed" : reason, opensAt, time));
    }

    /** Central issued a ticket: any remembered refusal is over. */
    public void accepted() {
        lastRefusal.set(null);
    }

    public HoursView at(ZonedDateTime now, BranchInfo.Today today) {
        boolean hoursForToday = today != null && today.date().equals(now.toLocalDate());
        List<String> intervals = hoursForToday ? today.intervals() : List.of();
        Refusal refusal = lastRefusal.get();
        if (refusal != null && refusal.day().equals(now.toLocalDate())
                && (refusal.opensAtTime() == null || now.toOffsetDateTime().isBefore(refusal.opensAtTime()))) {
            return new HoursView(false, refusal.reason(), refusal.opensAt(), intervals);
        }
        if (!hoursForToday) {
            return new HoursView(true, null, null, intervals);
        }
        if (today.appointmentOnly()) {
            return new HoursView(false, "appointment-only", format(next(today, now, null)), intervals);
        }
        LocalTime time = now.toLocalTime();
        for (String interval : intervals) {
            LocalTime[] range = parse(interval);
            if (range != null && !time.isBefore(range[0]) && time.isBefore(range[1])) {
                return new HoursView(true, null, null, intervals);
            }
        }
        return new HoursView(false, "closed", format(next(today, now, intervals)), intervals);
    }

    /** The next start of an interval later today, else central's next walk-in opening if still ahead. */
    private static OffsetDateTime next(BranchInfo.Today today, ZonedDateTime now, List<String> intervals) {
        if (intervals != null) {
            for (String interval : intervals) {
                LocalTime[] range = parse(interval);
                if (range != null && range[0].isAfter(now.toLocalTime())) {
                    return now.with(range[0]).withSecond(0).withNano(0).toOffsetDateTime();
                }
            }
        }
        OffsetDateTime next = today.nextWalkInOpening();
        return next != null && next.isAfter(now.toOffsetDateTime()) ? next : null;
    }

    private static LocalTime[] parse(String interval) {
        String[] parts = interval.split("-");
        try {
            return parts.length == 2 ? new LocalTime[] {LocalTime.parse(parts[0].trim()), LocalTime.parse(
                    parts[1].trim())} : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String format(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}

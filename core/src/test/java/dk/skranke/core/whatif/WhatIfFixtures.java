package dk.skranke.core.whatif;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import dk.skranke.core.hours.TimeInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Shared inputs for the what-if tests. */
final class WhatIfFixtures {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private WhatIfFixtures() {
    }

    /** Local Copenhagen time, e.g. {@code at("2026-03-10T10:00")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
    }

    /** Open every day around the clock, holidays included. */
    static OpeningHours aroundTheClock() {
        DaySchedule allDay = new DaySchedule(List.of(new TimeInterval(LocalTime.MIDNIGHT, LocalTime.MAX)), false);
        OpeningHours.Builder builder = OpeningHours.builder(CPH).closedOnPublicHolidays(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.on(day, allDay);
        }
        return builder.build();
    }
}

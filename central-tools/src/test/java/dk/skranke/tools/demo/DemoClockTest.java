package dk.skranke.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DemoClockTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Test
    void the_demo_clock_started_at_eight_shows_eight_of_the_branch_day_when_the_host_is_at_two_minutes_to_midnight() {
        // given the real time two minutes before midnight in Copenhagen, on a host whose clock is in UTC
        Clock real = Clock.fixed(OffsetDateTime.parse("2026-12-02T23:58:00+01:00").toInstant(), ZoneOffset.UTC);

        // when the demo's clock starts at 08:00
        Clock demo = DemoCommand.startingAt(LocalTime.of(8, 0), COPENHAGEN, real);

        // then it shows 08:00 of the same Copenhagen day, sixteen hours before the day rolls over
        assertThat(ZonedDateTime.now(demo.withZone(COPENHAGEN)))
                .isEqualTo(ZonedDateTime.parse("2026-12-02T08:00:00+01:00[Europe/Copenhagen]"));
    }

    @Test
    void the_demo_clock_takes_today_in_the_branch_zone_not_the_utc_date() {
        // given 00:30 in Copenhagen, still the previous day in UTC
        Clock real = Clock.fixed(OffsetDateTime.parse("2026-12-03T00:30:00+01:00").toInstant(), ZoneOffset.UTC);

        // when the demo's clock starts at 10:00
        Clock demo = DemoCommand.startingAt(LocalTime.of(10, 0), COPENHAGEN, real);

        // then it is 10:00 on 3 December in Copenhagen
        assertThat(demo.instant()).isEqualTo(OffsetDateTime.parse("2026-12-03T10:00:00+01:00").toInstant());
    }

    @Test
    void the_demo_clock_runs_on_with_the_real_one() {
        // given a demo clock started at 10:00 on the real clock
        MutableClock real = MutableClock.at("2026-12-02T17:00:00+01:00");
        Clock demo = DemoCommand.startingAt(LocalTime.of(10, 0), COPENHAGEN, real);

        // when five minutes pass on the real clock
        real.advance(Duration.ofMinutes(5));

        // then the demo shows 10:05
        assertThat(demo.instant()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:05:00+01:00").toInstant());
    }
}

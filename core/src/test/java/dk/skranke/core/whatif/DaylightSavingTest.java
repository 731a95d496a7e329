package dk.skranke.core.whatif;

import static dk.skranke.core.whatif.WhatIfFixtures.CPH;
import static dk.skranke.core.whatif.WhatIfFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days on which Copenhagen moves its clocks: 29 March 2026 has 23 hours, 25 October 2026 has 25. */
class DaylightSavingTest {

    private static final ServiceTimeModel ONE_MINUTE = ServiceTimeModel.fixed(Duration.ofMinutes(1));
    private static final Proposal AROUND_THE_CLOCK = Proposal.walkInsOnly("24h", WhatIfFixtures.aroundTheClock(),
            DeskPlan.constant(1));

    @Test
    void the_repeated_hour_in_october_falls_in_one_hour_bucket_with_twice_the_citizens() {
        // given a citizen every half hour of real time through Sunday 25 October 2026
        List<Arrival> arrivals = everyHalfHour(at("2026-10-25T00:00"), at("2026-10-26T00:00"));

        // when
        WhatIfResult result = replay(arrivals, at("2026-10-25T00:00"), at("2026-10-26T00:00"), AROUND_THE_CLOCK);

        // then 25 real hours: hour 2 (02:00-03:00 twice) has four citizens, every other hour two
        assertThat(arrivals).hasSize(50);
        assertThat(result.walkInWaitByHour()).hasSize(24).allMatch(hour -> hour.day() == DayOfWeek.SUNDAY)
                .allMatch(hour -> hour.citizens() == (hour.hour() == 2 ? 4 : 2));
        assertThat(result.walkInWaitByDay()).containsExactly(new DayWait(DayOfWeek.SUNDAY, 50, 0));
        assertThat(result.desks().staffedHours()).isCloseTo(25, within(1e-9));
    }

    @Test
    void the_skipped_hour_in_march_has_no_bucket_and_the_day_has_23_hours() {
        // given a citizen every half hour of real time through Sunday 29 March 2026
        List<Arrival> arrivals = everyHalfHour(at("2026-03-29T00:00"), at("2026-03-30T00:00"));

        // when
        WhatIfResult result = replay(arrivals, at("2026-03-29T00:00"), at("2026-03-30T00:00"), AROUND_THE_CLOCK);

        // then
        assertThat(arrivals).hasSize(46);
        assertThat(result.walkInWaitByHour()).hasSize(23).noneMatch(hour -> hour.hour() == 2)
                .allMatch(hour -> hour.citizens() == 2);
        assertThat(result.desks().staffedHours()).isCloseTo(23, within(1e-9));
    }

    @Test
    void opening_hours_across_the_spring_gap_last_two_real_hours() {
        // given open 01-04 on Sunday 29 March 2026, when 02:00 jumps to 03:00
        OpeningHours hours = OpeningHours.builder(CPH).on(DayOfWeek.SUNDAY, DaySchedule.of("1-4")).build();
        Proposal night = Proposal.walkInsOnly("night", hours, DeskPlan.constant(1));
        List<Arrival> arrivals = everyHalfHour(at("2026-03-29T01:00"), at("2026-03-29T04:00"));

        // when
        WhatIfResult result = replay(arrivals, at("2026-03-29T00:00"), at("2026-03-30T00:00"), night);

        // then
        assertThat(arrivals).hasSize(4);
        assertThat(result.closed().total()).isZero();
        assertThat(result.desks().staffedHours()).isCloseTo(2, within(1e-9));
        assertThat(result.walkInWaitByHour()).extracting(HourWait::hour).containsExactly(1, 3);
    }

    @Test
    void a_synthetic_profile_draws_the_repeated_october_hour_twice() {
        // given 60 citizens an hour around the clock on Sunday 25 October 2026
        Arrivals arrivals = Arrivals.synthetic(at("2026-10-25T00:00"), at("2026-10-26T00:00"), CPH,
                ArrivalProfile.constant("pas", 60));

        // when
        WhatIfResult result = new WhatIfSimulation(arrivals, ONE_MINUTE, SimulationOptions.defaults(5))
                .run(AROUND_THE_CLOCK);

        // then hour 2 gets about 120 citizens, the others about 60
        double othersMean = result.walkInWaitByHour().stream().filter(hour -> hour.hour() != 2)
                .mapToLong(HourWait::citizens).average().orElseThrow();
        long hourTwo = result.walkInWaitByHour().stream().filter(hour -> hour.hour() == 2).findFirst()
                .orElseThrow().citizens();
        assertThat(othersMean).isBetween(50.0, 70.0);
        assertThat(hourTwo).isGreaterThan((long) (1.5 * othersMean));
    }

    private static WhatIfResult replay(List<Arrival> arrivals, Instant from, Instant to, Proposal proposal) {
        return new WhatIfSimulation(Arrivals.replay(from, to, arrivals), ONE_MINUTE, SimulationOptions.defaults(1))
                .run(proposal);
    }

    private static List<Arrival> everyHalfHour(Instant from, Instant to) {
        List<Arrival> arrivals = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(30))) {
            arrivals.add(new Arrival(t, "pas"));
        }
        return arrivals;
    }
}

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tiny scenarios with one desk and ten-minute services, whose waits are worked out by hand. */
class HandCheckedScenariosTest {

    private static final OpeningHours WEEKDAYS_10_TO_14 = OpeningHours.builder(CPH)
            .weekdays(DaySchedule.of("10-14")).build();
    private static final SimulationOptions NO_SPREAD = SimulationOptions.defaults(7).withShiftSpread(Duration.ZERO);

    @Test
    void a_citizen_who_comes_before_opening_is_shifted_to_the_opening_and_waits_are_exact() {
        // given Tuesday 10-14, one desk; citizens at 09:50 (closed), 10:05 and 10:12
        List<Arrival> arrivals = arrivals("2026-03-10T09:50", "2026-03-10T10:05", "2026-03-10T10:12");

        // when
        WhatIfResult result = run(WEEKDAYS_10_TO_14, 1, arrivals, NO_SPREAD, 0);

        // then 09:50 comes at 10:00 and is served 10:00-10:10; 10:05 waits 5 (10:10-10:20); 10:12 waits 8
        assertThat(result.closed()).isEqualTo(new ClosedArrivals(1, 1, 0, 0));
        assertThat(result.arrivals()).isEqualTo(3);
        assertThat(result.served()).isEqualTo(3);
        assertThat(result.walkInWait()).isEqualTo(new WaitSummary(3, 13 / 3.0, 5, 8, 8));
        assertThat(result.desks().staffedHours()).isCloseTo(4, within(1e-9));
        assertThat(result.desks().busyHours()).isCloseTo(0.5, within(1e-9));
        assertThat(result.desks().utilisation()).isCloseTo(0.125, within(1e-9));
        assertThat(result.desks().overtimeMinutes()).isZero();
    }

    @Test
    void a_citizen_who_comes_before_opening_is_lost_when_the_policy_says_so() {
        // given the same three citizens, but closed-time citizens do not come back
        List<Arrival> arrivals = arrivals("2026-03-10T09:50", "2026-03-10T10:05", "2026-03-10T10:12");
        SimulationOptions lose = NO_SPREAD.withClosedPolicy(ClosedArrivalPolicy.LOSE);

        // when
        WhatIfResult result = run(WEEKDAYS_10_TO_14, 1, arrivals, lose, 0);

        // then 10:05 is served at once (10:05-10:15) and 10:12 waits 3
        assertThat(result.closed()).isEqualTo(new ClosedArrivals(1, 0, 1, 0));
        assertThat(result.served()).isEqualTo(2);
        assertThat(result.walkInWait()).isEqualTo(new WaitSummary(2, 1.5, 0, 3, 3));
    }

    @Test
    void citizens_waiting_at_closing_are_served_and_the_extra_desk_time_is_overtime() {
        // given citizens at 13:50 and 13:52, closing at 14:00
        List<Arrival> arrivals = arrivals("2026-03-10T13:50", "2026-03-10T13:52");

        // when
        WhatIfResult result = run(WEEKDAYS_10_TO_14, 1, arrivals, NO_SPREAD, 0);

        // then 13:50 is served 13:50-14:00; 13:52 waits 8 and is served 14:00-14:10, after closing
        assertThat(result.walkInWait()).isEqualTo(new WaitSummary(2, 4, 0, 8, 8));
        assertThat(result.desks().overtimeMinutes()).isCloseTo(10, within(1e-9));
        assertThat(result.desks().busyHours()).isCloseTo(10 / 60.0, within(1e-9));
    }

    @Test
    void shifted_citizens_spread_over_the_first_hour_after_opening() {
        // given 200 citizens in the night before a Tuesday, a spread of one hour
        Instant night = at("2026-03-10T03:00");
        List<Arrival> arrivals = IntStream.range(0, 200)
                .mapToObj(i -> new Arrival(night.plusSeconds(i), "pas")).toList();
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-14")).build();
        Proposal proposal = Proposal.walkInsOnly("many desks", hours, DeskPlan.constant(DeskPlan.MAX_DESKS));

        // when
        WhatIfResult result = new WhatIfSimulation(Arrivals.replay(at("2026-03-10T00:00"), at("2026-03-11T00:00"),
                arrivals), ServiceTimeModel.fixed(Duration.ofMinutes(10)), SimulationOptions.defaults(3)).run(proposal);

        // then all come between 10 and 11 and none waits, with enough desks for everyone
        assertThat(result.closed()).isEqualTo(new ClosedArrivals(200, 200, 0, 0));
        assertThat(result.walkInWaitByHour()).singleElement()
                .isEqualTo(new HourWait(DayOfWeek.TUESDAY, 10, 200, 0));
    }

    @Test
    void walk_ins_after_the_last_walk_in_time_or_on_an_appointment_only_day_come_back_next_walk_in_day() {
        // given last walk-in 15 minutes before closing, Wednesday by appointment only
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-14"))
                .on(DayOfWeek.WEDNESDAY, DaySchedule.byAppointment("10-12"))
                .lastWalkInBeforeClose(Duration.ofMinutes(15)).build();
        List<Arrival> arrivals = arrivals("2026-03-10T13:50", "2026-03-11T10:30");

        // when
        WhatIfResult walkIns = run(hours, 3, arrivals, NO_SPREAD, 0);
        WhatIfResult booked = run(hours, 3, arrivals, NO_SPREAD, 1);

        // then both walk-ins are served Thursday at 10:00 and 10:10; appointments come at their own time
        assertThat(walkIns.closed()).isEqualTo(new ClosedArrivals(2, 2, 0, 0));
        assertThat(walkIns.walkInWaitByHour()).singleElement()
                .isEqualTo(new HourWait(DayOfWeek.THURSDAY, 10, 2, 5));
        assertThat(booked.closed().total()).isZero();
        assertThat(booked.appointmentWait()).isEqualTo(new WaitSummary(2, 0, 0, 0, 0));
        assertThat(booked.walkIns()).isZero();
    }

    @Test
    void a_citizen_with_no_opening_left_in_the_period_is_counted_as_shifted_past_the_end() {
        // given a citizen on the evening of the period's last day
        List<Arrival> arrivals = arrivals("2026-03-10T18:00");

        // when
        WhatIfResult result = run(WEEKDAYS_10_TO_14, 1, arrivals, NO_SPREAD, 0);

        // then
        assertThat(result.closed()).isEqualTo(new ClosedArrivals(1, 0, 0, 1));
        assertThat(result.served()).isZero();
        assertThat(result.walkInWait()).isEqualTo(WaitSummary.NONE);
    }

    /** Runs one desk and ten-minute services over {@code days} days from Tuesday 10 March 2026. */
    private static WhatIfResult run(OpeningHours hours, int days, List<Arrival> arrivals, SimulationOptions options,
            double appointmentShare) {
        Instant from = at("2026-03-10T00:00");
        Proposal proposal = new Proposal("test", hours, DeskPlan.constant(1), appointmentShare);
        Arrivals replay = Arrivals.replay(from, from.plus(Duration.ofDays(days)), arrivals);
        return new WhatIfSimulation(replay, ServiceTimeModel.fixed(Duration.ofMinutes(10)), options).run(proposal);
    }

    private static List<Arrival> arrivals(String... localTimes) {
        return Arrays.stream(localTimes).map(time -> new Arrival(at(time), "pas")).toList();
    }
}

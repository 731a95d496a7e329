package dk.skranke.core.whatif;

import static dk.skranke.core.whatif.WhatIfFixtures.CPH;
import static dk.skranke.core.whatif.WhatIfFixtures.at;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    private static final OpeningHours WEEKDAYS = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-14")).build();
    private static final Instant FROM = at("2026-03-02T00:00");
    private static final Instant TO = at("2026-03-09T00:00");

    @Test
    void a_negative_arrival_rate_is_refused() {
        invalid(() -> ArrivalProfile.none().with("pas", DayOfWeek.MONDAY, 9, 12, -1), "profile.ratePerHour")
                .hasMessageContaining("got -1.0 for 'pas' on MONDAY");
        invalid(() -> ArrivalProfile.constant("pas", Double.NaN), "profile.ratePerHour");
    }

    @Test
    void hours_that_are_not_a_span_of_the_day_are_refused() {
        invalid(() -> ArrivalProfile.none().with("pas", DayOfWeek.MONDAY, 14, 10, 1), "profile.hours")
                .hasMessageContaining("0 <= from < to <= 24");
        invalid(() -> DeskPlan.constant(1).with(DayOfWeek.MONDAY, 20, 25, 1), "desks");
    }

    @Test
    void no_desk_while_the_proposal_is_open_is_refused_naming_the_hour() {
        DeskPlan noDeskAtNoon = DeskPlan.constant(2).with(DayOfWeek.WEDNESDAY, 12, 13, 0);

        invalid(() -> Proposal.walkInsOnly("p", WEEKDAYS, noDeskAtNoon), "desks")
                .hasMessageContaining("WEDNESDAY 12:00-13:00").hasMessageContaining("10:00-14:00");
        invalid(() -> Proposal.walkInsOnly("p", WEEKDAYS, DeskPlan.constant(0)), "desks");
    }

    @Test
    void zero_desks_on_a_special_day_are_refused_too() {
        OpeningHours saturdayOpening = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-14"))
                .exception(at("2026-03-07T00:00").atZone(CPH).toLocalDate(), DaySchedule.of("10-12"), "event")
                .build();
        DeskPlan weekdaysOnly = DeskPlan.constant(0).withWeekdays(0, 24, 1);

        invalid(() -> Proposal.walkInsOnly("p", saturdayOpening, weekdaysOnly), "desks")
                .hasMessageContaining("2026-03-07 (SATURDAY) 10:00-11:00");
    }

    @Test
    void negative_desks_an_impossible_appointment_share_and_a_blank_name_are_refused() {
        invalid(() -> DeskPlan.constant(-1), "desks").hasMessageContaining("got -1");
        invalid(() -> new Proposal("p", WEEKDAYS, DeskPlan.constant(1), 1.5), "appointmentShare");
        invalid(() -> new Proposal("p", WEEKDAYS, DeskPlan.constant(1), Double.NaN), "appointmentShare");
        invalid(() -> Proposal.walkInsOnly(" ", WEEKDAYS, DeskPlan.constant(1)), "name");
    }

    @Test
    void a_period_that_ends_before_it_starts_and_arrivals_outside_it_are_refused() {
        invalid(() -> Arrivals.synthetic(TO, FROM, CPH, ArrivalProfile.constant("pas", 1)), "period");
        invalid(() -> Arrivals.replay(FROM, TO, List.of(new Arrival(FROM, "pas"), new Arrival(TO, "pas"))),
                "arrivals[1].at");
        invalid(() -> new Arrival(FROM, ""), "service");
    }

    @Test
    void service_times_must_be_known_for_every_service_and_positive() {
        Arrivals arrivals = Arrivals.replay(FROM, TO, List.of(new Arrival(at("2026-03-02T10:00"), "pension")));
        WhatIfSimulation simulation = new WhatIfSimulation(arrivals,
                ServiceTimeModel.exponential(Map.of("pas", Duration.ofMinutes(5))), SimulationOptions.defaults(1));

        invalid(() -> simulation.run(Proposal.walkInsOnly("p", WEEKDAYS, DeskPlan.constant(1))), "serviceTimes")
                .hasMessageContaining("'pension'");
        invalid(() -> ServiceTimeModel.exponential(Duration.ZERO), "serviceTimes.mean");
        invalid(() -> ServiceTimeModel.empirical(Map.of("pas", List.of())), "serviceTimes.measured.pas");
        invalid(() -> ServiceTimeModel.empirical(Map.of("pas", List.of(Duration.ofMinutes(-1)))),
                "serviceTimes.measured.pas");
    }

    @Test
    void negative_durations_in_the_options_and_a_warm_up_as_long_as_the_period_are_refused() {
        invalid(() -> SimulationOptions.defaults(1).withShiftSpread(Duration.ofMinutes(-5)), "shiftSpread");
        invalid(() -> SimulationOptions.defaults(1).withWarmUp(Duration.ofDays(-1)), "warmUp");
        invalid(() -> SimulationOptions.defaults(1).withClosedPolicy(null), "closedPolicy");
        Arrivals week = Arrivals.synthetic(FROM, TO, CPH, ArrivalProfile.constant("pas", 1));
        invalid(() -> new WhatIfSimulation(week, ServiceTimeModel.exponential(Duration.ofMinutes(5)),
                SimulationOptions.defaults(1).withWarmUp(Duration.ofDays(7))), "warmUp");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> invalid(ThrowingCallable call, String field) {
        return assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }
}

package dk.skranke.core.whatif;

import static dk.skranke.core.whatif.WhatIfFixtures.CPH;
import static dk.skranke.core.whatif.WhatIfFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalComparisonTest {

    /** Four weeks of March 2026 (no holidays), citizens on weekdays 8-17. */
    private static final Arrivals DEMAND = Arrivals.synthetic(at("2026-03-02T00:00"), at("2026-03-30T00:00"), CPH,
            ArrivalProfile.none().withWeekdays("pas", 8, 17, 2).withWeekdays("koerekort", 8, 17, 1));
    private static final ServiceTimeModel SERVICE_TIMES = ServiceTimeModel.exponential(
            Map.of("pas", Duration.ofMinutes(10), "koerekort", Duration.ofMinutes(15)));

    @Test
    void three_long_days_and_five_short_days_are_compared_on_the_same_citizens() {
        // given Monday, Tuesday, Thursday 10-14 against every weekday 10-13, three desks each
        OpeningHours threeDays = OpeningHours.builder(CPH).on(DayOfWeek.MONDAY, DaySchedule.of("10-14"))
                .on(DayOfWeek.TUESDAY, DaySchedule.of("10-14")).on(DayOfWeek.THURSDAY, DaySchedule.of("10-14")).build();
        OpeningHours fiveDays = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-13")).build();
        Proposal first = Proposal.walkInsOnly("Mon-Tue-Thu 10-14", threeDays, DeskPlan.constant(3));
        Proposal second = Proposal.walkInsOnly("weekdays 10-13", fiveDays, DeskPlan.constant(3));

        // when
        Comparison comparison = new WhatIfSimulation(DEMAND, SERVICE_TIMES, SimulationOptions.defaults(42))
                .compare(first, second, RunControl.NONE);

        // then both see the same citizens; fewer open hours turn more of them away and keep desks busier
        WhatIfResult a = comparison.first();
        WhatIfResult b = comparison.second();
        assertThat(a.proposal()).isEqualTo("Mon-Tue-Thu 10-14");
        assertThat(a.arrivals()).isEqualTo(b.arrivals()).isBetween(400L, 700L);
        assertThat(a.closed().total()).isGreaterThan(b.closed().total());
        assertThat(a.closed().lost()).isZero();
        assertThat(a.served()).isEqualTo(a.arrivals() - a.closed().shiftedPastPeriodEnd());
        assertThat(a.desks().staffedHours()).isCloseTo(4 * 12 * 3, within(1e-6));
        assertThat(b.desks().staffedHours()).isCloseTo(4 * 15 * 3, within(1e-6));
        assertThat(a.desks().utilisation()).isGreaterThan(b.desks().utilisation()).isLessThan(1);
        assertThat(a.walkInWait().p90Minutes()).isGreaterThan(b.walkInWait().p90Minutes());
        assertThat(a.walkInWaitByDay()).extracting(DayWait::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(a.walkInWaitByHour()).extracting(HourWait::hour).allMatch(hour -> hour >= 10 && hour < 14);
    }

    @Test
    void comparison_rows_put_the_two_proposals_side_by_side() {
        // given
        OpeningHours fiveDays = OpeningHours.builder(CPH).weekdays(DaySchedule.of("10-13")).build();
        Proposal twoDesks = Proposal.walkInsOnly("two desks", fiveDays, DeskPlan.constant(2));
        Proposal fourDesks = Proposal.walkInsOnly("four desks", fiveDays, DeskPlan.constant(4));

        // when
        Comparison comparison = new WhatIfSimulation(DEMAND, SERVICE_TIMES, SimulationOptions.defaults(1))
                .compare(twoDesks, fourDesks, RunControl.NONE);

        // then
        assertThat(comparison.rows()).extracting(ComparisonRow::measure).startsWith("arrivals", "closed.total")
                .contains("walkInWait.medianMinutes", "walkInWait.p90Minutes", "desks.utilisation");
        assertThat(comparison.rows()).filteredOn(row -> row.measure().equals("desks.staffedHours")).singleElement()
                .satisfies(row -> assertThat(row.difference()).isCloseTo(4 * 15 * 2, within(1e-6)));
        assertThat(comparison.second().walkInWait().meanMinutes())
                .isLessThan(comparison.first().walkInWait().meanMinutes());
    }
}

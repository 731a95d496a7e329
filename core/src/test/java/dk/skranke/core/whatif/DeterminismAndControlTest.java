package dk.skranke.core.whatif;

import static dk.skranke.core.whatif.WhatIfFixtures.CPH;
import static dk.skranke.core.whatif.WhatIfFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeterminismAndControlTest {

    private static final Arrivals DEMAND = Arrivals.synthetic(at("2026-03-02T00:00"), at("2026-04-27T00:00"), CPH,
            ArrivalProfile.none().withWeekdays("pas", 8, 16, 6).withWeekdays("sundhedskort", 9, 12, 3));
    private static final ServiceTimeModel MEASURED = ServiceTimeModel.empirical(Map.of(
            "pas", List.of(Duration.ofMinutes(4), Duration.ofMinutes(9), Duration.ofMinutes(22)),
            "sundhedskort", List.of(Duration.ofMinutes(2), Duration.ofMinutes(5))));
    private static final Proposal PROPOSAL = new Proposal("weekdays 9-15",
            OpeningHours.builder(CPH).weekdays(DaySchedule.of("9-15")).build(),
            DeskPlan.constant(3).withWeekdays(11, 13, 2), 0.3);

    @Test
    void the_same_inputs_and_seed_give_the_same_result() {
        // when
        WhatIfResult once = new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(99)).run(PROPOSAL);
        WhatIfResult again = new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(99)).run(PROPOSAL);

        // then
        assertThat(again).isEqualTo(once);
        assertThat(once.appointments()).isPositive();
        assertThat(once.walkInWaitByHour()).isNotEmpty();
    }

    @Test
    void different_seeds_give_different_results() {
        // when
        WhatIfResult one = new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(1)).run(PROPOSAL);
        WhatIfResult two = new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(2)).run(PROPOSAL);

        // then
        assertThat(two).isNotEqualTo(one);
        assertThat(two.walkInWait().meanMinutes()).isNotEqualTo(one.walkInWait().meanMinutes());
    }

    @Test
    void replayed_arrivals_give_the_same_result_in_any_order() {
        // given
        List<Arrival> arrivals = randomArrivals(500);
        List<Arrival> shuffled = new ArrayList<>(arrivals);
        Collections.shuffle(shuffled, new Random(4));
        Instant from = at("2026-03-02T00:00");
        Instant to = at("2026-03-07T00:00");

        // when
        WhatIfResult inOrder = new WhatIfSimulation(Arrivals.replay(from, to, arrivals), MEASURED,
                SimulationOptions.defaults(8)).run(PROPOSAL);
        WhatIfResult outOfOrder = new WhatIfSimulation(Arrivals.replay(from, to, shuffled), MEASURED,
                SimulationOptions.defaults(8)).run(PROPOSAL);

        // then
        assertThat(outOfOrder).isEqualTo(inOrder);
        assertThat(inOrder.arrivals()).isEqualTo(500);
    }

    @Test
    void progress_is_reported_at_most_about_a_hundred_times_rising_to_one() {
        // given
        List<Double> reported = new ArrayList<>();

        // when
        new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(3)).run(PROPOSAL,
                RunControl.of(reported::add));

        // then
        assertThat(reported).hasSizeBetween(50, 101).isSorted().allMatch(f -> f > 0 && f <= 1);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void a_comparison_reports_progress_through_both_runs() {
        // given
        List<Double> reported = new ArrayList<>();

        // when
        new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(3)).compare(PROPOSAL, PROPOSAL,
                RunControl.of(reported::add));

        // then
        assertThat(reported).hasSizeBetween(100, 202).isSorted().contains(0.5, 1.0);
    }

    @Test
    void a_run_stops_soon_after_it_is_cancelled() {
        // given a caller who cancels after the first progress report
        List<Double> reported = new ArrayList<>();
        RunControl control = new RunControl(reported::add, () -> !reported.isEmpty());

        // when / then
        assertThatThrownBy(() -> new WhatIfSimulation(DEMAND, MEASURED, SimulationOptions.defaults(3))
                .run(PROPOSAL, control)).isInstanceOf(SimulationCancelledException.class)
                .hasMessageContaining("cancelled");
        assertThat(reported).hasSize(1);
    }

    private static List<Arrival> randomArrivals(int count) {
        SplittableRandom random = new SplittableRandom(11);
        List<Arrival> arrivals = new ArrayList<>();
        Instant monday = at("2026-03-02T08:00");
        for (int i = 0; i < count; i++) {
            long second = random.nextLong(4 * 24 * 3600L);
            arrivals.add(new Arrival(monday.plusSeconds(second).plusNanos(i), i % 3 == 0 ? "sundhedskort" : "pas"));
        }
        return arrivals;
    }
}

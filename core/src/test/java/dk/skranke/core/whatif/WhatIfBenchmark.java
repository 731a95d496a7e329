package dk.skranke.core.whatif;

import static dk.skranke.core.whatif.WhatIfFixtures.CPH;
import static dk.skranke.core.whatif.WhatIfFixtures.at;

import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;

/**
 * Times a year of a large branch (about 520,000 arrivals). Not a test: run it by hand with
 * {@code java -cp core/target/classes:core/target/test-classes dk.skranke.core.whatif.WhatIfBenchmark}.
 */
public final class WhatIfBenchmark {

    private WhatIfBenchmark() {
    }

    public static void main(String[] args) {
        ArrivalProfile profile = ArrivalProfile.none().withWeekdays("pas", 8, 18, 80)
                .withWeekdays("koerekort", 8, 18, 50).withWeekdays("sundhedskort", 8, 18, 40)
                .withWeekdays("flytning", 8, 18, 30);
        Arrivals year = Arrivals.synthetic(at("2025-01-01T00:00"), at("2026-01-01T00:00"), CPH, profile);
        ServiceTimeModel times = ServiceTimeModel.exponential(Map.of("pas", Duration.ofMinutes(8),
                "koerekort", Duration.ofMinutes(12), "sundhedskort", Duration.ofMinutes(5),
                "flytning", Duration.ofMinutes(15)));
        OpeningHours hours = OpeningHours.builder(CPH).weekdays(DaySchedule.of("9-17"))
                .on(DayOfWeek.THURSDAY, DaySchedule.of("9-12", "13-18")).build();
        Proposal proposal = new Proposal("large branch", hours, DeskPlan.constant(50), 0.2);
        WhatIfSimulation simulation = new WhatIfSimulation(year, times, SimulationOptions.defaults(1));
        for (int round = 1; round <= 6; round++) {
            long started = System.nanoTime();
            WhatIfResult result = simulation.run(proposal);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("round %d: %,d arrivals (%,d shifted) in %,d ms; walk-in wait median %.1f, p90 %.1f"
                    + " min; utilisation %.2f%n", round, result.arrivals(), result.closed().shifted(), millis,
                    result.walkInWait().medianMinutes(), result.walkInWait().p90Minutes(),
                    result.desks().utilisation());
        }
    }
}

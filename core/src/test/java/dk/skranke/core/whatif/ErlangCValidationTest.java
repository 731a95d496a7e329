package dk.skranke.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Checks the simulation against a case with a known answer: an M/M/c queue (Poisson arrivals,
 * exponential service, c desks, open around the clock) whose mean wait is given by Erlang C.
 */
class ErlangCValidationTest {

    private static final Duration MEAN_SERVICE = Duration.ofMinutes(10);
    private static final double MU_PER_MINUTE = 1 / 10.0;

    @Test
    void mean_wait_of_three_desks_at_83_percent_load_is_within_5_percent_of_erlang_c() {
        // given lambda = 2.5 per 10 minutes, mu = 1 per 10 minutes, c = 3 (rho = 0.83), about 1,080,000 citizens
        double perHour = 15;

        // when
        WhatIfResult result = simulate(3, perHour, 3000, 1);

        // then Wq = C(3, 2.5) / (3 mu - lambda) = 14.04 minutes
        double erlang = ErlangC.meanWait(3, perHour / 60, MU_PER_MINUTE);
        assertThat(erlang).isCloseTo(14.045, within(0.001));
        assertThat(result.walkIns()).isGreaterThan(1_000_000);
        assertThat(result.walkInWait().meanMinutes()).isCloseTo(erlang, withinPercentage(5));
        assertThat(result.desks().utilisation()).isCloseTo(perHour / 60 / (3 * MU_PER_MINUTE), within(0.01));
    }

    @Test
    void mean_wait_of_one_desk_at_70_percent_load_is_within_5_percent_of_the_m_m_1_formula() {
        // given lambda = 4.2 per hour, mu = 6 per hour, one desk (rho = 0.7), about 300,000 citizens
        double lambda = 4.2 / 60;

        // when
        WhatIfResult result = simulate(1, 4.2, 3000, 2);

        // then Wq = rho / (mu - lambda) = 23.3 minutes, and Erlang C with c = 1 says the same
        double rho = lambda / MU_PER_MINUTE;
        double formula = rho / (MU_PER_MINUTE - lambda);
        assertThat(ErlangC.meanWait(1, lambda, MU_PER_MINUTE)).isCloseTo(formula, within(1e-9));
        assertThat(result.walkIns()).isGreaterThan(200_000);
        assertThat(result.walkInWait().meanMinutes()).isCloseTo(formula, withinPercentage(5));
        assertThat(result.desks().utilisation()).isCloseTo(rho, within(0.01));
    }

    @Test
    void erlang_c_helper_matches_a_value_worked_by_hand() {
        // given c = 2, a = 1: P(wait) = (1/2 * 2) / (1 + 1 + 1) = 1/3
        // when / then
        assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1 / 3.0, within(1e-12));
    }

    private static WhatIfResult simulate(int desks, double perHour, int days, long seed) {
        Instant from = WhatIfFixtures.at("2026-01-05T00:00");
        Arrivals arrivals = Arrivals.synthetic(from, from.plus(Duration.ofDays(days)), WhatIfFixtures.CPH,
                ArrivalProfile.constant("pas", perHour));
        SimulationOptions options = SimulationOptions.defaults(seed).withWarmUp(Duration.ofDays(2));
        Proposal proposal = Proposal.walkInsOnly("m/m/c", WhatIfFixtures.aroundTheClock(), DeskPlan.constant(desks));
        return new WhatIfSimulation(arrivals, ServiceTimeModel.exponential(MEAN_SERVICE), options).run(proposal);
    }
}

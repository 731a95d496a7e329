package dk.skranke.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void p50_and_p99_of_one_to_a_hundred_milliseconds_are_the_50th_and_99th_sample() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L;
        }

        LatencySummary summary = LatencySummary.of(nanos);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
        assertThat(summary.meanMillis()).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void percentiles_of_a_single_sample_are_that_sample() {
        LatencySummary summary = LatencySummary.of(new long[] {2_500_000L});

        assertThat(summary.p50Millis()).isEqualTo(2.5);
        assertThat(summary.p99Millis()).isEqualTo(2.5);
        assertThat(summary.maxMillis()).isEqualTo(2.5);
    }

    @Test
    void nearest_rank_rounds_up_so_one_slow_sample_in_ten_is_the_p99() {
        long[] sorted = {1, 1, 1, 1, 1, 1, 1, 1, 1, 900};

        assertThat(LatencySummary.percentile(sorted, 99)).isEqualTo(900);
        assertThat(LatencySummary.percentile(sorted, 90)).isEqualTo(1);
        assertThat(LatencySummary.percentile(sorted, 50)).isEqualTo(1);
    }

    @Test
    void only_the_first_count_samples_are_summarised_and_the_input_is_left_unsorted() {
        long[] nanos = {3_000_000L, 1_000_000L, 2_000_000L, 0, 0};

        LatencySummary summary = LatencySummary.of(nanos, 3);

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.p50Millis()).isEqualTo(2.0);
        assertThat(summary.maxMillis()).isEqualTo(3.0);
        assertThat(nanos).containsExactly(3_000_000L, 1_000_000L, 2_000_000L, 0, 0);
    }

    @Test
    void no_samples_give_not_a_number_rather_than_zero() {
        LatencySummary summary = LatencySummary.of(new long[0]);

        assertThat(summary.count()).isZero();
        assertThat(summary.p99Millis()).isNaN();
    }

    @Test
    void a_percentile_outside_zero_to_a_hundred_is_refused() {
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dk.skranke.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceTimesTest {

    private static final Duration FALLBACK = Duration.ofMinutes(12);

    @Test
    void without_any_recorded_time_the_fallback_is_used() {
        // given
        ServiceTimes times = new ServiceTimes(3);

        // when / then
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void the_mean_of_the_recorded_times_is_used() {
        // given
        ServiceTimes times = new ServiceTimes(3);
        times.record("pas", Duration.ofMinutes(4));
        times.record("pas", Duration.ofMinutes(8));

        // when / then
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void only_the_most_recent_times_within_the_window_count() {
        // given a window of 3 and four recorded times
        ServiceTimes times = new ServiceTimes(3);
        times.record("pas", Duration.ofMinutes(60));
        times.record("pas", Duration.ofMinutes(3));
        times.record("pas", Duration.ofMinutes(6));
        times.record("pas", Duration.ofMinutes(9));

        // when / then the oldest (60 minutes) has dropped out
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void services_are_kept_apart() {
        // given
        ServiceTimes times = new ServiceTimes(3);
        times.record("pas", Duration.ofMinutes(4));

        // when / then
        assertThat(times.mean("koerekort", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void negative_times_are_ignored_and_zero_times_count() {
        // given
        ServiceTimes times = new ServiceTimes(3);
        times.record("pas", Duration.ofMinutes(-5));

        // when
        Duration afterNegative = times.mean("pas", FALLBACK);
        times.record("pas", Duration.ZERO);
        times.record("pas", Duration.ofMinutes(4));

        // then
        assertThat(afterNegative).isEqualTo(FALLBACK);
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void the_mean_keeps_milliseconds() {
        // given
        ServiceTimes times = new ServiceTimes(2);
        times.record("pas", Duration.ofSeconds(1));
        times.record("pas", Duration.ofSeconds(2));

        // when / then
        assertThat(times.mean("pas", FALLBACK)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void the_window_must_hold_at_least_one_time() {
        // when / then
        assertThatThrownBy(() -> new ServiceTimes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must be at least 1");
    }
}

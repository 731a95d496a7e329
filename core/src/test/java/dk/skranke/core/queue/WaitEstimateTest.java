package dk.skranke.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    @Test
    void the_people_ahead_are_shared_over_the_open_desks() {
        // given 6 people ahead, 3 open desks, 10 minutes each
        // when
        WaitEstimate estimate = WaitEstimate.of(6, 3, Duration.ofMinutes(10));

        // then
        assertThat(estimate.minutes()).isEqualTo(20);
        assertThat(estimate.waitingAhead()).isEqualTo(6);
        assertThat(estimate.asDuration()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void part_of_a_minute_is_rounded_up() {
        // given 5 ahead x 7 minutes over 2 desks = 17.5 minutes; 1 ahead x 61 s = 1.02 minutes
        // when / then
        assertThat(WaitEstimate.of(5, 2, Duration.ofMinutes(7)).minutes()).isEqualTo(18);
        assertThat(WaitEstimate.of(1, 1, Duration.ofSeconds(61)).minutes()).isEqualTo(2);
        assertThat(WaitEstimate.of(1, 1, Duration.ofSeconds(60)).minutes()).isEqualTo(1);
    }

    @Test
    void nobody_ahead_means_no_wait() {
        // when / then
        assertThat(WaitEstimate.of(0, 2, Duration.ofMinutes(10)).minutes()).isZero();
        assertThat(WaitEstimate.of(0, 0, Duration.ofMinutes(10)).minutes()).isZero();
    }

    @Test
    void no_open_desk_is_counted_as_one_desk() {
        // when
        WaitEstimate noDesk = WaitEstimate.of(4, 0, Duration.ofMinutes(5));
        WaitEstimate oneDesk = WaitEstimate.of(4, 1, Duration.ofMinutes(5));

        // then
        assertThat(noDesk.minutes()).isEqualTo(20).isEqualTo(oneDesk.minutes());
    }

    @Test
    void negative_counts_are_refused() {
        // when / then
        assertThatThrownBy(() -> WaitEstimate.of(-1, 1, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("counts must not be negative");
        assertThatThrownBy(() -> WaitEstimate.of(1, -1, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("counts must not be negative");
    }
}

package dk.skranke.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueRulesTest {

    @Test
    void the_defaults_are_two_calls_thirty_seconds_and_five_minutes() {
        // given / when / then
        assertThat(QueueRules.DEFAULT.minCallsBeforeNoShow()).isEqualTo(2);
        assertThat(QueueRules.DEFAULT.recallDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(QueueRules.DEFAULT.appointmentLead()).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11})
    void the_minimum_calls_before_a_no_show_must_be_between_one_and_ten(int calls) {
        // when / then
        assertThatThrownBy(() -> new QueueRules(calls, Duration.ofSeconds(30), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minCallsBeforeNoShow must be between 1 and 10");
    }

    @Test
    void the_limits_one_and_ten_and_zero_durations_are_accepted() {
        // when / then
        assertThat(new QueueRules(1, Duration.ZERO, Duration.ZERO).minCallsBeforeNoShow()).isEqualTo(1);
        assertThat(new QueueRules(10, Duration.ZERO, Duration.ZERO).minCallsBeforeNoShow()).isEqualTo(10);
    }

    @Test
    void negative_durations_are_refused() {
        // when / then
        assertThatThrownBy(() -> new QueueRules(2, Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("durations must not be negative");
        assertThatThrownBy(() -> new QueueRules(2, Duration.ZERO, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("durations must not be negative");
    }
}

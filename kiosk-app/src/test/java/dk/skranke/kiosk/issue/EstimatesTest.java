package dk.skranke.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EstimatesTest {

    @Test
    void scales_central_s_last_estimate_by_the_people_ahead_now() {
        assertThat(Estimates.minutes(3, 3, 12, 10, 1)).isEqualTo(12);
        assertThat(Estimates.minutes(5, 3, 12, 10, 1)).isEqualTo(20);
    }

    @Test
    void uses_the_default_service_time_shared_by_desks_when_nobody_waited() {
        assertThat(Estimates.minutes(3, 0, 0, 10, 2)).isEqualTo(15);
    }

    @Test
    void is_zero_with_nobody_ahead() {
        assertThat(Estimates.minutes(0, 4, 20, 10, 1)).isZero();
    }
}

package dk.skranke.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Five failures a minute per username and address, then a pause; other pairs are not affected. */
class LoginThrottleTest {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(1));

    @Test
    void the_sixth_attempt_within_a_minute_waits_until_the_first_failure_is_a_minute_old() {
        // given five failures ten seconds apart
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blockedFor("Anna", "10.0.0.1")).isEmpty();
            throttle.failed("Anna", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }

        // then the pair is blocked for the rest of the first failure's minute, case-insensitively
        assertThat(throttle.blockedFor("anna", "10.0.0.1")).contains(Duration.ofSeconds(10));
        // and the same user from another desk, or another user, is not
        assertThat(throttle.blockedFor("anna", "10.0.0.2")).isEmpty();
        assertThat(throttle.blockedFor("bo", "10.0.0.1")).isEmpty();

        // when the first failure is a minute old
        clock.advance(Duration.ofSeconds(10));

        // then one more attempt is allowed
        assertThat(throttle.blockedFor("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.blockedFor("anna", "10.0.0.1")).isEmpty();
    }
}

package dk.skranke.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sessions: 256-bit random ids, kept only as hashes, ended by idleness or sign-out. */
class SessionsTest {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(8));
    private final StaffUser anna = new StaffUser("anna", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            Role.STAFF, Set.of("b"));

    @Test
    void a_session_id_is_random_and_central_keeps_only_its_hash() {
        // when two sessions start
        Sessions.Started first = sessions.start(anna);
        Sessions.Started second = sessions.start(anna);

        // then the ids are 43 url-safe characters (256 bits), different, and not what central stores
        assertThat(first.id()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.id());
        assertThat(first.session().key()).isNotEqualTo(first.id()).hasSize(64);
        assertThat(first.session().csrf()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.id());
        assertThat(sessions.use(first.id())).map(s -> s.user().actor()).contains("user:anna");
    }

    @Test
    void a_session_ends_after_eight_idle_hours_and_on_sign_out() {
        Sessions.Started idle = sessions.start(anna);
        Sessions.Started ended = sessions.start(anna);
        clock.advance(Duration.ofHours(8));
        assertThat(sessions.use(idle.id())).isPresent();
        sessions.end(ended.id());
        clock.advance(Duration.ofHours(8).plusSeconds(1));

        assertThat(sessions.use(idle.id())).isEmpty();
        assertThat(sessions.use(ended.id())).isEmpty();
        assertThat(sessions.use("not a session id")).isEmpty();
        assertThat(sessions.use(null)).isEmpty();
    }

    @Test
    void the_csrf_value_must_match_exactly() {
        Session session = sessions.start(anna).session();
        assertThat(session.csrfMatches(session.csrf())).isTrue();
        assertThat(session.csrfMatches(session.csrf().toUpperCase())).isFalse();
        assertThat(session.csrfMatches(null)).isFalse();
    }
}

package dk.skranke.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.store.Database;
import dk.skranke.central.testing.TestDatabase;
import dk.skranke.testsupport.time.MutableClock;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sessions: 256-bit random ids, kept in the database only as hashes, ended by idleness or sign-out. */
class SessionsTest {
    private static final String ANNA_HASH = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private final Database db = Database.open(TestDatabase.fresh());
    private final StaffUser anna = new StaffUser("anna", ANNA_HASH, Role.STAFF, Set.of("b"));
    private final Sessions sessions = sessionsFor(anna);

    @AfterEach
    void close() {
        db.close();
    }

    private Sessions sessionsFor(StaffUser... users) {
        return new Sessions(db, List.of(users), clock, Duration.ofHours(8));
    }

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
        assertThat(storedValues()).hasSize(2 * 6).doesNotContain(first.id(), second.id(), ANNA_HASH)
                .contains(first.session().key(), second.session().key());
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
    void the_last_use_is_written_at_most_once_a_minute_and_counts_for_idleness() {
        // given a session used 30 seconds after it started, then again after another minute
        Sessions.Started started = sessions.start(anna);
        clock.advance(Duration.ofSeconds(30));
        assertThat(sessions.use(started.id())).isPresent();
        long unchanged = lastUsedMillis();
        clock.advance(Duration.ofSeconds(60));
        assertThat(sessions.use(started.id())).isPresent();

        // then the first use was not written, the second was
        assertThat(unchanged).isEqualTo(started.session().startedAt().toEpochMilli());
        assertThat(lastUsedMillis()).isEqualTo(clock.millis());

        // and eight hours after the written use the session still works; eight hours and a minute after that, not
        clock.advance(Duration.ofHours(8));
        assertThat(sessions.use(started.id())).isPresent();
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        assertThat(sessions.use(started.id())).isEmpty();
    }

    @Test
    void a_user_removed_from_the_configuration_or_given_a_new_password_is_signed_out() {
        // given anna and bo signed in
        StaffUser bo = new StaffUser("bo", ANNA_HASH, Role.STAFF, Set.of("b"));
        Sessions before = sessionsFor(anna, bo);
        Sessions.Started annas = before.start(anna);
        Sessions.Started bos = before.start(bo);

        // when central starts with bo removed and anna's password changed, and another admin-granted branch
        StaffUser annaNow = new StaffUser("anna", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                Role.STAFF, Set.of("b", "c"));
        Sessions after = sessionsFor(annaNow);

        // then both sessions have ended
        assertThat(after.use(annas.id())).isEmpty();
        assertThat(after.use(bos.id())).isEmpty();

        // and a session of unchanged credentials gets today's rights, not those it signed in with
        StaffUser annaMoved = new StaffUser("anna", ANNA_HASH, Role.STAFF, Set.of("c"));
        Sessions.Started kept = before.start(anna);
        assertThat(sessionsFor(annaMoved).use(kept.id())).map(s -> s.user().branches()).contains(Set.of("c"));
    }

    @Test
    void sessions_unused_for_longer_than_the_idle_time_are_removed_when_the_next_one_starts() {
        // given an old session
        sessions.start(anna);
        clock.advance(Duration.ofHours(9));

        // when another one starts
        Sessions.Started fresh = sessions.start(anna);

        // then only the new one is stored
        assertThat(storedValues()).hasSize(6).contains(fresh.session().key());
    }

    @Test
    void the_csrf_value_must_match_exactly() {
        Session session = sessions.start(anna).session();
        assertThat(session.csrfMatches(session.csrf())).isTrue();
        assertThat(session.csrfMatches(session.csrf().toUpperCase())).isFalse();
        assertThat(session.csrfMatches(null)).isFalse();
    }

    private List<String> storedValues() {
        return db.read(c -> {
            List<String> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT * FROM staff_sessions")) {
                while (row.next()) {
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        values.add(row.getString(i));
                    }
                }
            }
            return values;
        });
    }

    private long lastUsedMillis() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(
                    "SELECT last_used FROM staff_sessions")) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}

package dk.skranke.central.staff;

import static dk.skranke.central.staff.StaffTestConfig.ANNA;
import static dk.skranke.central.staff.StaffTestConfig.ANNA_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.testing.TestCentral;
import dk.skranke.central.testing.TestDatabase;
import dk.skranke.testsupport.time.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff sessions are kept in the database: a restart of central does not sign the clerks out. */
class StaffSessionRestartIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private TestCentral central;
    private Browser anna;

    @BeforeEach
    void signIn() {
        central = TestCentral.start(StaffTestConfig.yaml(), clock);
        anna = new Browser(central.baseUrl());
        assertThat(anna.signIn(ANNA, ANNA_PASSWORD).status()).isEqualTo(303);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private Browser afterRestart() {
        central.restart();
        return anna.at(central.baseUrl());
    }

    @Test
    void a_signed_in_clerk_is_still_signed_in_after_a_restart_and_her_changes_still_need_the_csrf_header() {
        // when central restarts
        Browser again = afterRestart();

        // then her session, and the CSRF value of the page she has open, still work
        assertThat(again.get("/staff").status()).isEqualTo(200);
        assertThat(again.get("/staff/session").body()).contains("\"username\":\"anna\"", "\"actor\":\"user:anna\"");
        assertThat(again.post("/api/v1/branches/test/desks/2/pause", null, null).status()).isEqualTo(403);
        Browser.Reply paused = again.post("/api/v1/branches/test/desks/2/pause", null);
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body()).contains("\"open\":false");
    }

    @Test
    void signing_out_after_a_restart_ends_the_session_for_good() {
        // given central restarted with anna signed in
        Browser again = afterRestart();

        // when she signs out, and central restarts once more
        assertThat(again.post("/staff/logout", null).status()).isEqualTo(204);
        Browser later = again.at(central.baseUrl());
        assertThat(later.get("/api/v1/branches/test/queue").status()).isEqualTo(401);
        Browser afterAnother = afterRestart();

        // then the old session id does not come back
        assertThat(afterAnother.get("/api/v1/branches/test/queue").status()).isEqualTo(401);
        assertThat(afterAnother.get("/staff").location()).isEqualTo("/staff/login?next=/staff");
    }

    @Test
    void a_session_left_unused_for_eight_hours_has_ended_even_across_a_restart() {
        // given anna used the console an hour after signing in
        clock.advance(Duration.ofHours(1));
        assertThat(anna.get("/api/v1/branches/test/queue").status()).isEqualTo(200);

        // when central restarts and eight hours pass without her
        Browser again = afterRestart();
        clock.advance(Duration.ofHours(8).plusMinutes(1));

        // then the session has ended
        assertThat(again.get("/api/v1/branches/test/queue").status()).isEqualTo(401);
    }

    @Test
    void the_database_holds_the_hash_of_the_session_id_never_the_id_nor_the_password_hash() throws SQLException {
        // when the sessions are read straight from the database
        List<String> stored = new ArrayList<>();
        try (Connection c = TestDatabase.connect(central.database()); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT * FROM staff_sessions")) {
            while (row.next()) {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    stored.add(row.getString(i));
                }
            }
        }

        // then anna's one session is there, without the cookie's id or anything that could sign in
        assertThat(stored).contains("anna", anna.csrf()).doesNotContain(anna.session());
        assertThat(String.join(" ", stored)).doesNotContain(anna.session(), "$argon2", "$2a$");
    }
}

package dk.skranke.central.staff;

import static dk.skranke.central.staff.StaffTestConfig.ANNA;
import static dk.skranke.central.staff.StaffTestConfig.ANNA_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Signing in and out of the staff console: cookie, rate limit, idle expiry, CSRF, logs. */
class StaffLoginIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private TestCentral central;

    private TestCentral start(String yaml) {
        central = TestCentral.start(yaml, clock);
        return central;
    }

    @AfterEach
    void stop() {
        if (central != null) {
            central.close();
        }
    }

    @Test
    void signing_in_with_the_right_password_sets_a_strict_http_only_session_cookie_and_opens_the_console() {
        // given central with staff users
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());

        // when anna signs in with the form
        Browser.Reply reply = browser.signIn(ANNA, ANNA_PASSWORD);

        // then she is sent to the console with a session cookie only central's own pages can use
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.location()).isEqualTo("/staff?lang=da");
        assertThat(reply.setCookie()).matches("skranke_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict");
        assertThat(browser.get("/staff").status()).isEqualTo(200);
        assertThat(browser.csrf()).matches("[A-Za-z0-9_-]{43}");
        Browser.Reply me = browser.get("/staff/session");
        assertThat(me.body()).contains("\"username\":\"anna\"", "\"role\":\"staff\"", "\"actor\":\"user:anna\"",
                "\"id\":\"test\"").doesNotContain("\"id\":\"other\"", "passwordHash", "argon2");
    }

    @Test
    void the_cookie_is_marked_secure_when_central_is_reached_over_https() {
        // given central whose public address is https
        Browser browser = new Browser(start(StaffTestConfig.yamlWithHttps()).baseUrl());

        // when anna signs in
        Browser.Reply reply = browser.signIn(ANNA, ANNA_PASSWORD);

        // then the cookie is only sent over https
        assertThat(reply.setCookie()).endsWith("; HttpOnly; SameSite=Strict; Secure");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer_and_no_cookie() {
        // given central with staff users
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());

        // when a wrong password and an unknown user are tried
        Browser.Reply wrong = browser.signIn(ANNA, "not-her-password");
        Browser.Reply unknown = browser.signIn("nobody", "not-her-password");

        // then both are refused alike, with the message on the login page
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.setCookie()).isEmpty();
        assertThat(wrong.body()).contains("Brugernavn eller adgangskode er forkert.");
        assertThat(unknown.body().replace("nobody", ANNA)).isEqualTo(wrong.body());
        assertThat(browser.get("/staff").status()).isEqualTo(303);
    }

    @Test
    void a_sixth_attempt_within_a_minute_is_refused_with_429_even_with_the_right_password() {
        // given five failed attempts for anna
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(ANNA, "guess-" + i).status()).isEqualTo(401);
        }

        // when the right password comes as the sixth attempt
        Browser.Reply sixth = browser.signIn(ANNA, ANNA_PASSWORD);

        // then it is refused for now, with a hint when to try again
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.retryAfter()).containsExactly("60");
        assertThat(sixth.body()).contains("For mange forkerte forsøg");
        assertThat(sixth.setCookie()).isEmpty();

        // and after a minute it works again
        clock.advance(Duration.ofSeconds(61));
        assertThat(browser.signIn(ANNA, ANNA_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void json_sign_in_answers_json_and_is_throttled_the_same_way() {
        // given central with staff users
        Http http = start(StaffTestConfig.yaml()).http();

        // when a script signs in with JSON, wrongly five times and then once more
        Http.Response ok = http.post("/staff/login", null, "{\"username\":\"ANNA\",\"password\":\"" + ANNA_PASSWORD
                + "\"}");
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/staff/login", null, "{\"username\":\"anna\",\"password\":\"x\"}").status())
                    .isEqualTo(401);
        }
        Http.Response blocked = http.post("/staff/login", null, "{\"username\":\"anna\",\"password\":\"x\"}");

        // then the usernames are case-insensitive, errors are JSON, the sixth is 429
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("username")).isEqualTo(ANNA);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.text("error")).isEqualTo("too-many-attempts");
        assertThat(http.post("/staff/login", null, "{\"username\":\"anna\"}").text("field")).isEqualTo("password");
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        // given anna signed in
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
        browser.signIn(ANNA, ANNA_PASSWORD);
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(200);

        // when she signs out
        Browser.Reply out = browser.post("/staff/logout", null);

        // then the cookie is cleared and the old session id no longer works
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.setCookie()).startsWith("skranke_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(401);
        assertThat(browser.get("/staff").location()).isEqualTo("/staff/login?next=/staff");
    }

    @Test
    void a_session_unused_for_more_than_eight_hours_has_ended_but_use_keeps_it_alive() {
        // given anna signed in and working every seven hours
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
        browser.signIn(ANNA, ANNA_PASSWORD);
        clock.advance(Duration.ofHours(7));
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(7));
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(200);

        // when she leaves it for eight hours and a minute
        clock.advance(Duration.ofHours(8).plusMinutes(1));

        // then the session has ended
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(401);
        assertThat(browser.get("/staff/session").status()).isEqualTo(401);
    }

    @Test
    void a_change_made_with_the_session_cookie_needs_the_pages_csrf_header() {
        // given anna signed in
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
        browser.signIn(ANNA, ANNA_PASSWORD);

        // when she pauses desk 2 without the header, with a wrong one, and with the page's one
        Browser.Reply without = browser.post("/api/v1/branches/test/desks/2/pause", null, null);
        Browser.Reply wrong = browser.post("/api/v1/branches/test/desks/2/pause", null, "x".repeat(43));
        Browser.Reply right = browser.post("/api/v1/branches/test/desks/2/pause", null);

        // then only the last one changes anything; reading needs no header
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.body()).contains("\"error\":\"csrf\"");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body()).contains("\"open\":false");
        assertThat(browser.get("/api/v1/branches/test/queue").status()).isEqualTo(200);
    }

    @Test
    void a_sign_in_form_is_read_as_utf8_whatever_charset_the_content_type_names() {
        // given central with staff users
        String base = start(StaffTestConfig.yaml()).baseUrl();

        for (String charset : List.of("ebcdic", "", "\"\"")) {
            // when anna signs in with a form whose Content-Type names an unknown or empty charset
            Browser.Reply reply = new Browser(base).signIn(ANNA, ANNA_PASSWORD,
                    "application/x-www-form-urlencoded; charset=" + charset);

            // then the form was read as UTF-8 and she is signed in
            assertThat(reply.status()).as("charset=" + charset + ": " + reply.body()).isEqualTo(303);
            assertThat(reply.setCookie()).startsWith("skranke_session=");
        }
    }

    @Test
    void a_sign_out_form_is_read_as_utf8_whatever_charset_the_content_type_names() {
        // given anna signed in
        Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
        browser.signIn(ANNA, ANNA_PASSWORD);

        // when she signs out with the console's form, under a charset central does not know
        Browser.Reply out = browser.postForm("/staff/logout", "csrf=" + browser.csrf(),
                "application/x-www-form-urlencoded; charset=ebcdic");

        // then the form was read and her session has ended
        assertThat(out.status()).as(out.body()).isEqualTo(303);
        assertThat(browser.get("/staff/session").status()).isEqualTo(401);
    }

    @Test
    void a_sign_in_form_with_a_broken_percent_escape_is_400_bad_request_in_json() {
        // given central with staff users
        String base = start(StaffTestConfig.yaml()).baseUrl();

        // when a sign-in form carries a % that starts no escape
        Browser.Reply reply = new Browser(base).postForm("/staff/login", "username=anna%zz&password=x",
                "application/x-www-form-urlencoded");

        // then it is refused as malformed, in the error contract's shape
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("\"error\":\"bad-request\"", "hexadecimal");
    }

    @Test
    void a_multipart_sign_in_is_refused_with_415_in_json() {
        // given central with staff users
        String base = start(StaffTestConfig.yaml()).baseUrl();
        String parts = "--b1\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n" + ANNA + "\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + ANNA_PASSWORD + "\r\n--b1--\r\n";

        for (String contentType : List.of("multipart/form-data; boundary=b1", "multipart/form-data",
                "Multipart/Form-Data; boundary=other")) {
            // when the sign-in comes as multipart/form-data, well-formed or not
            Browser.Reply reply = new Browser(base).postForm("/staff/login", parts, contentType);

            // then it is refused with the JSON error naming the form types central reads
            assertThat(reply.status()).as(contentType + ": " + reply.body()).isEqualTo(415);
            assertThat(reply.body()).contains("\"error\":\"unsupported-media-type\"",
                    "application/x-www-form-urlencoded");
            assertThat(reply.setCookie()).isEmpty();
        }
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused() {
        // given central with staff users
        String base = start(StaffTestConfig.yaml()).baseUrl();

        // when a page of another origin posts the login form
        java.net.http.HttpResponse<String> response = RawPost.form(base + "/staff/login",
                "username=anna&password=" + ANNA_PASSWORD, "https://evil.example");

        // then no session is made
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void failed_sign_ins_log_neither_the_password_nor_the_whole_username() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        try {
            // given failed and throttled attempts for a username
            Browser browser = new Browser(start(StaffTestConfig.yaml()).baseUrl());
            for (int i = 0; i < 6; i++) {
                browser.signIn("sekretaer.hansen", "Hemmeligt-" + i);
            }

            // then the log says what happened with a masked username and never the password
            List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(l -> l.contains("sign-in failed user=s***"));
            assertThat(lines).anyMatch(l -> l.contains("sign-in refused, too many failures user=s***"));
            assertThat(lines).noneMatch(l -> l.contains("hansen") || l.contains("Hemmeligt"));
        } finally {
            root.detachAppender(captured);
        }
    }
}

package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_STAFF;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Reports and what-if turn every bad request into a 4xx {"error","message"} naming the field; never a 500. */
class ReportAndWhatIfRejectBadRequestsIT {
    private static final String REPORT = "/api/v1/branches/test/reports";
    private static final String PERIOD = "?from=2026-03-01&to=2026-03-31";
    private static final String WHAT_IF = "/api/v1/branches/test/what-if";
    private static final String OPEN = "{\"name\":\"a\",\"hours\":{\"weekly\":{\"monday\":[\"09:00-12:00\"]}},\"desks\":2}";
    private static TestCentral central;

    /** A request, who sends it, and the rejection it must get (field null when none). */
    record Case(String method, String path, String token, String body, int status, String code, String field) {
    }

    @BeforeAll
    static void start() {
        central = TestCentral.start(MutableClock.at("2026-04-01T10:00:00+02:00"));
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    @TestFactory
    Stream<DynamicTest> every_bad_report_request_is_a_4xx_json_error_naming_the_field() {
        List<Case> cases = new ArrayList<>();
        cases.add(get(REPORT + PERIOD, null, 401, "unauthorized", null));
        for (String token : List.of(KIOSK, DISPLAY, OTHER_STAFF)) {
            cases.add(get(REPORT + PERIOD, token, 403, "forbidden", null));
        }
        cases.add(get("/api/v1/branches/nope/reports" + PERIOD, ADMIN, 404, "not-found", null));
        cases.add(get(REPORT, STAFF, 400, "invalid-input", "from"));
        cases.add(get(REPORT + "?from=2026-03-01", STAFF, 400, "invalid-input", "to"));
        cases.add(get(REPORT + "?from=01-03-2026&to=2026-03-31", STAFF, 400, "invalid-input", "from"));
        cases.add(get(REPORT + "?from=1999-03-01&to=2026-03-31", STAFF, 400, "invalid-input", "from"));
        cases.add(get(REPORT + "?from=2026-03-31&to=2026-03-01", STAFF, 400, "invalid-input", "to"));
        cases.add(get(REPORT + "?from=2020-01-01&to=2026-03-01", STAFF, 400, "invalid-input", "to"));
        cases.add(get(REPORT + PERIOD + "&groupBy=year", STAFF, 400, "invalid-input", "groupBy"));
        for (String share : List.of("2", "-0.1", "abc", "NaN", "Infinity")) {
            cases.add(get(REPORT + PERIOD + "&shiftShare=" + share, STAFF, 400, "invalid-input", "shiftShare"));
        }
        cases.add(get(REPORT + PERIOD + "&format=xml", STAFF, 400, "invalid-input", "format"));
        cases.add(get(REPORT + PERIOD + "&format=csv&part=all", STAFF, 400, "invalid-input", "part"));
        return check(cases);
    }

    @TestFactory
    Stream<DynamicTest> every_bad_what_if_request_is_a_4xx_json_error_naming_the_field() {
        String ok = "{\"from\":\"2026-03-02\",\"to\":\"2026-03-03\",\"proposalA\":" + OPEN + ",\"proposalB\":" + OPEN;
        List<Case> cases = new ArrayList<>();
        cases.add(post(WHAT_IF, null, ok + "}", 401, "unauthorized", null));
        for (String token : List.of(STAFF, KIOSK, INTEGRATION)) {
            cases.add(post(WHAT_IF, token, ok + "}", 403, "forbidden", null));
        }
        cases.add(post("/api/v1/branches/nope/what-if", ADMIN, ok + "}", 404, "not-found", null));
        cases.add(post(WHAT_IF, ADMIN, "{bad", 400, "malformed-json", null));
        cases.add(post(WHAT_IF, ADMIN, "[1]", 400, "malformed-json", null));
        cases.add(post(WHAT_IF, ADMIN, "{}", 400, "invalid-input", "from"));
        cases.add(post(WHAT_IF, ADMIN, ok + ",\"extra\":1}", 400, "invalid-input", "extra"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("2026-03-03", "2027-06-01") + "}", 400, "invalid-input", "to"));
        cases.add(post(WHAT_IF, ADMIN, "{\"from\":\"2026-03-02\",\"to\":\"2026-03-03\"}", 400, "invalid-input",
                "proposalA"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("\"desks\":2}", "\"desks\":0}") + "}", 400, "invalid-input",
                "proposalA.desks"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("09:00-12:00", "9 to 12") + "}", 400, "invalid-input",
                "proposalA.hours.weekly.monday[0]"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("\"monday\"", "\"moonday\"") + "}", 400, "invalid-input",
                "proposalA.hours.weekly.moonday"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("\"desks\":2", "\"desks\":2,\"appointmentShare\":2") + "}", 400,
                "invalid-input", "proposalA.appointmentShare"));
        cases.add(post(WHAT_IF, ADMIN, ok.replace("\"desks\":2", "\"desks\":{\"hours\":[{\"from\":9,\"to\":8,"
                + "\"desks\":1}]}") + "}", 400, "invalid-input", "proposalA.desks.hours[0].to"));
        cases.add(post(WHAT_IF, ADMIN, ok + ",\"closedPolicy\":\"wait\"}", 400, "invalid-input", "closedPolicy"));
        cases.add(post(WHAT_IF, ADMIN, ok + ",\"seed\":-1}", 400, "invalid-input", "seed"));
        cases.add(post(WHAT_IF, ADMIN, ok + ",\"demand\":{\"rates\":[{\"service\":\"skat\",\"perHour\":1}]}}", 400,
                "invalid-input", "demand.rates[0].service"));
        cases.add(post(WHAT_IF, ADMIN, ok + ",\"demand\":{\"rates\":[{\"service\":\"pas\",\"perHour\":-1}]}}", 400,
                "invalid-input", "demand.rates[0].perHour"));
        cases.add(get("/api/v1/what-if/w_unknown", null, 401, "unauthorized", null));
        cases.add(get("/api/v1/what-if/w_unknown", STAFF, 403, "forbidden", null));
        cases.add(get("/api/v1/what-if/w_unknown", ADMIN, 404, "not-found", null));
        cases.add(new Case("DELETE", "/api/v1/what-if/w_unknown", ADMIN, null, 404, "not-found", null));
        return check(cases);
    }

    @Test
    void a_what_if_request_is_read_as_utf8_json_whatever_charset_the_content_type_names() {
        // given a well-formed what-if request sent with a charset central does not know
        ApiCall request = ApiCall.post(WHAT_IF, ADMIN, "{\"from\":\"2026-03-02\",\"to\":\"2026-03-02\",\"proposalA\":"
                + OPEN + ",\"proposalB\":" + OPEN + "}").withHeader("Content-Type", "application/json; charset=ebcdic");

        // when it is sent
        ApiClient.Reply reply = new ApiClient(central.baseUrl()).send(request);

        // then the run is accepted
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
    }

    private static Case get(String path, String token, int status, String code, String field) {
        return new Case("GET", path, token, null, status, code, field);
    }

    private static Case post(String path, String token, String body, int status, String code, String field) {
        return new Case("POST", path, token, body, status, code, field);
    }

    private static Stream<DynamicTest> check(List<Case> cases) {
        return cases.stream().map(c -> dynamicTest(c.method() + " " + c.path() + " " + (c.body() == null ? ""
                : c.body()) + " -> " + c.status(), () -> {
            Http.Response reply = central.http().send(c.method(), c.path(), c.token(), c.body());
            assertThat(reply.status()).as(reply.body()).isEqualTo(c.status());
            assertThat(reply.json().path("error").asText()).as(reply.body()).isEqualTo(c.code());
            assertThat(reply.json().path("message").asText()).isNotBlank();
            if (c.field() != null) {
                assertThat(reply.json().path("field").asText()).as(reply.body()).isEqualTo(c.field());
            }
        }));
    }
}

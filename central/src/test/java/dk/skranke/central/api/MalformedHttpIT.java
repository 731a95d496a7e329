package dk.skranke.central.api;

import static dk.skranke.central.api.ApiRejectsBadRequestsIT.assertRejected;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dk.skranke.central.api.ApiClient.Reply;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.time.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Requests no HTTP client library would send, written byte by byte: whatever the HTTP server refuses before
 * routing, and whatever the method, is answered in the error contract's JSON shape with a code of the contract.
 */
class MalformedHttpIT {
    private static final String BRANCH_PATH = "/api/v1/branches/test";
    private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "TRACE");

    private static TestCentral central;

    @BeforeAll
    static void start_central() {
        central = TestCentral.start(MutableClock.at("2026-11-23T10:00:00+01:00"));
    }

    @AfterAll
    static void stop_central() {
        central.close();
    }

    @TestFactory
    Stream<DynamicTest> a_request_refused_before_it_reaches_a_route_still_gets_a_json_error() {
        String staff = bearer(STAFF);
        return Stream.of(
                refused("GET /tickets/%zz, a broken percent escape, is 400", "GET /api/v1/tickets/%zz HTTP/1.1", staff,
                        400, "bad-request"),
                refused("GET /tickets/%00, an encoded NUL, is 400", "GET /api/v1/tickets/%00 HTTP/1.1", staff, 400,
                        "bad-request"),
                refused("GET /tickets/..;/x, an ambiguous path, is 400", "GET /api/v1/tickets/..;/x HTTP/1.1", staff,
                        400, "bad-request"),
                refused("GET /tickets/{20,000 characters} is 414", "GET /api/v1/tickets/" + "x".repeat(20_000)
                        + " HTTP/1.1", staff, 414, "uri-too-long"),
                refused("GET /branches/{branch} with a 20,000-character token is 431", "GET " + BRANCH_PATH
                        + " HTTP/1.1", "Authorization: Bearer " + "k".repeat(20_000) + "\r\n", 431, "headers-too-large"),
                refused("POST /branches/{branch}/tickets with Content-Length abc is 400", "POST " + BRANCH_PATH
                        + "/tickets HTTP/1.1", bearer(KIOSK) + "Content-Length: abc\r\n", 400, "bad-request"));
    }

    @TestFactory
    Stream<DynamicTest> a_header_refused_by_the_http_server_gets_a_json_error_whatever_the_method() {
        return METHODS.stream().flatMap(method -> Stream.of(
                refused(method + " with a control character in a header is 400", method + " " + BRANCH_PATH
                        + " HTTP/1.1", "X-Note: a\u0001b\r\n", 400, "bad-request"),
                refused(method + " with 9 KB of headers is 431", method + " " + BRANCH_PATH + " HTTP/1.1",
                        "X-Note: " + "n".repeat(9 * 1024) + "\r\n", 431, "headers-too-large"),
                refused(method + " /tickets/%zz is 400", method + " /api/v1/tickets/%zz HTTP/1.1", "", 400,
                        "bad-request")));
    }

    @TestFactory
    Stream<DynamicTest> an_http_version_central_does_not_speak_is_505_http_version_not_supported() {
        return Stream.of("GET /api/v1/health HTTP/0.9", "GET /api/v1/health HTTP/9.9", "GET /api/v1/health",
                "POST " + BRANCH_PATH + "/tickets HTTP/0.9").map(line -> refused("'" + line + "' is 505", line, "",
                505, "http-version-not-supported"));
    }

    @Test
    void a_chunked_body_that_breaks_off_is_400_bad_request_not_a_server_error() {
        // given a kiosk's ticket request whose chunked body has a chunk size that is not a number
        byte[] body = "7\r\n{\"servi\r\nzz\r\n".getBytes(StandardCharsets.US_ASCII);
        try (RawHttp connection = connect()) {
            // when it is sent
            Reply reply = connection.send("POST " + BRANCH_PATH + "/tickets HTTP/1.1", bearer(KIOSK)
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n", body);
            // then the request is refused as malformed, not answered as a bug
            assertRejected("POST /tickets with a broken chunk", reply, Set.of(400), "bad-request", null);
        }
    }

    @Test
    void a_body_shorter_than_its_content_length_is_400_bad_request_not_a_server_error() {
        // given a kiosk's ticket request that announces 40 bytes and sends 10 before it stops sending
        byte[] body = "{\"service\"".getBytes(StandardCharsets.US_ASCII);
        try (RawHttp connection = connect()) {
            // when it is sent
            Reply reply = connection.sendAndStop("POST " + BRANCH_PATH + "/tickets HTTP/1.1", bearer(KIOSK)
                    + "Content-Type: application/json\r\nContent-Length: 40\r\n", body);
            // then the request is refused as malformed, not answered as a bug
            assertRejected("POST /tickets with a body cut short", reply, Set.of(400), "bad-request", null);
        }
    }

    @Test
    void a_token_in_the_wrong_case_is_rejected_even_after_the_real_token_on_the_same_connection() {
        try (RawHttp connection = connect()) {
            // given a keep-alive connection that has carried the real kiosk token
            assertThat(connection.send("GET", BRANCH_PATH, bearer(KIOSK)).status()).isEqualTo(200);
            // when the same secret in upper case follows on that connection
            Reply reply = connection.send("GET", BRANCH_PATH, bearer(KIOSK.toUpperCase(Locale.ROOT)));
            // then it is a token central does not know
            assertRejected("GET /branches/{branch} with the kiosk token upper-cased", reply, Set.of(401),
                    "unauthorized", null);
        }
    }

    @Test
    void the_real_token_is_accepted_even_after_a_wrong_case_token_on_the_same_connection() {
        try (RawHttp connection = connect()) {
            // given a keep-alive connection that has carried the kiosk token upper-cased
            assertThat(connection.send("GET", BRANCH_PATH, bearer(KIOSK.toUpperCase(Locale.ROOT))).status())
                    .isEqualTo(401);
            // when the real token follows on that connection
            Reply reply = connection.send("GET", BRANCH_PATH, bearer(KIOSK));
            // then it is accepted
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    /** A request sent byte by byte on its own connection, for what no HTTP client library would send. */
    private static DynamicTest refused(String name, String requestLine, String headers, int status, String code) {
        return dynamicTest(name, () -> {
            try (RawHttp connection = connect()) {
                Reply reply = connection.send(requestLine, headers + "Connection: close\r\n", new byte[0]);
                assertRejected(name, reply, Set.of(status), code, null);
            }
        });
    }

    private static RawHttp connect() {
        return new RawHttp("127.0.0.1", URI.create(central.baseUrl()).getPort());
    }

    private static String bearer(String token) {
        return "Authorization: Bearer " + token + "\r\n";
    }
}

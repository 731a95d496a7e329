package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.DESK_2;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.api.ApiClient.Reply;
import dk.skranke.central.testing.NoInternals;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.time.MutableClock;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random requests against every route of a real central (port 0, fresh SQLite): none may get a 5xx, no
 * answer may show a Java class name or the like, every 4xx is the JSON error shape (bar the pages api.md
 * documents as HTML), and central is healthy afterwards. CI runs a fixed seed and a few hundred requests;
 * {@code ./skranke fuzz --requests N --seed S} runs as many as wanted (see docs/benchmarks.md). The
 * requests come from our own seeded generator ({@link FuzzRequests}); a failure names the seed and the
 * request's number, and the same command with those replays it.
 */
class ApiFuzzIT {
    private static TestCentral central;
    private static FuzzRequests.Known known;
    private static RawHttp connection;

    @BeforeAll
    static void start_central_with_tickets_in_every_state() {
        central = TestCentral.start(MutableClock.at("2026-11-23T10:00:00+01:00"));
        List<String> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String service : List.of("flytning", "koerekort", "pas")) {
            JsonNode ticket = send(post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"" + service + "\"}"))
                    .json();
            ids.add(ticket.path("id").asText());
            String statusUrl = ticket.path("statusUrl").asText();
            tokens.add(statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
        }
        ids.add(send(post("/api/v1/branches/test/desks/2/next", DESK_2, "{}")).json().path("id").asText());
        known = new FuzzRequests.Known(List.copyOf(ids), List.copyOf(tokens));
    }

    @AfterAll
    static void stop_central() {
        if (connection != null) {
            connection.close();
        }
        central.close();
    }

    @Test
    void every_request_is_answered_within_the_error_contract() {
        // given central with tickets, and the run's number of requests and seed
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        FuzzRequests requests = new FuzzRequests(known, new FuzzRandom(settings.seed()));
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        int number = 0;
        boolean passed = false;
        try {
            // when any request of any shape is sent, then each answer keeps the error contract
            while (number < settings.requests()) {
                number++;
                statuses.merge(sendAndCheck(requests.next(), settings, number), 1, Integer::sum);
            }
            passed = true;
        } finally {
            report(settings, number, passed, statuses, System.nanoTime() - started);
        }
        // then central still answers as it should
        central_is_healthy_and_still_issues_tickets(settings);
    }

    /** The reply's status, or an error that names the seed, the request's number and the request. */
    private static int sendAndCheck(FuzzRequest request, FuzzSettings settings, int number) {
        try {
            Reply reply = send(request);
            assertWithinErrorContract(request, reply);
            return reply.status();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("API fuzzing failed at request " + number + " of seed " + settings.seed()
                    + " (replay: " + settings.replayCommand(number) + ")\n  request " + number + ": " + request
                    + "\n  " + e.getMessage(), e);
        }
    }

    /** Never a server error, nothing of the server's insides, and every 4xx is JSON. */
    private static void assertWithinErrorContract(FuzzRequest request, Reply reply) {
        String context = request + " -> " + reply;
        assertThat(reply.status()).as(context).isBetween(100, 499);
        if (isText(reply.contentType())) {
            NoInternals.assertNone(context, reply.body());
        }
        if (reply.status() >= 400 && !request.method().equals("HEAD") && !documentedHtml(request, reply)) {
            ApiRejectsBadRequestsIT.assertRejected(context, reply, Set.of(reply.status()), null, null);
        }
    }

    private static void central_is_healthy_and_still_issues_tickets(FuzzSettings settings) {
        String after = "after " + settings.requests() + " requests of seed " + settings.seed() + ": ";
        Reply health = send(new FuzzRequest("GET", "/api/v1/health", List.of(), null));
        assertThat(health.status()).as(after + health).isEqualTo(200);
        assertThat(health.json().path("database").asText()).as(after + health).isEqualTo("ok");
        Reply issued = send(post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"flytning\"}"));
        assertThat(issued.status()).as(after + issued).isIn(201, 409);
        assertThat(issued.json().path("error").asText("")).as(after + issued).isIn("", "closed");
    }

    /** What ran, how long it took and how it ended, then how often each status came, most frequent first. */
    private static void report(FuzzSettings settings, int sent, boolean passed, Map<Integer, Integer> statuses,
            long nanos) {
        String result = passed ? "passed" : "FAILED at request " + sent;
        System.out.printf("API fuzzing: %d requests, seed %d, %.1f s, %s%n", sent, settings.seed(), nanos / 1e9,
                result);
        List<String> counts = statuses.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList();
        System.out.println("API fuzzing statuses: " + String.join(", ", counts));
    }

    /** api.md documents these 4xx answers as small HTML pages: the status page, the admin pages, the login form. */
    private static boolean documentedHtml(FuzzRequest request, Reply reply) {
        String path = request.path().replaceAll("/+$", ""); // the router ignores trailing slashes
        return reply.contentType().startsWith("text/html") && (path.startsWith("/t/") || path.startsWith("/admin/")
                || path.equals("/staff/login"));
    }

    private static boolean isText(String contentType) {
        return contentType.startsWith("application/json") || contentType.startsWith("text/html")
                || contentType.startsWith("text/plain") || contentType.startsWith("text/csv");
    }

    private static FuzzRequest post(String path, String token, String json) {
        return new FuzzRequest("POST", path, List.of("Authorization: Bearer " + token,
                "Content-Type: application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends on one keep-alive connection, opening a new one when the server closed the last. A reused
     * connection may have been closed by the server in the meantime: then the request is sent once more.
     */
    private static synchronized Reply send(FuzzRequest request) {
        boolean fresh = connection == null || !connection.reusable();
        if (fresh) {
            reconnect();
        }
        try {
            return connection.send(request.requestLine(), request.headerLines(), request.bodyBytes());
        } catch (UncheckedIOException e) {
            if (fresh) {
                throw new AssertionError("no answer to " + request, e);
            }
            reconnect();
            return connection.send(request.requestLine(), request.headerLines(), request.bodyBytes());
        }
    }

    private static void reconnect() {
        if (connection != null) {
            connection.close();
        }
        connection = new RawHttp("127.0.0.1", URI.create(central.baseUrl()).getPort());
    }
}

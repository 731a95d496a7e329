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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random requests against every route of a real central (port 0, fresh SQLite): none may get a 5xx, no
 * answer may show a Java class name or the like, every 4xx is the JSON error shape (bar the pages api.md
 * documents as HTML), and central is healthy afterwards. CI runs a fixed seed and a few hundred requests;
 * {@code ./skranke fuzz --requests N --seed S} runs as many as wanted (see docs/benchmarks.md).
 */
class ApiFuzzIT {
    private static TestCentral central;
    private static FuzzRequests.Known known;
    private static RawHttp connection;

    @BeforeContainer
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

    @AfterContainer
    static void stop_central() {
        if (connection != null) {
            connection.close();
        }
        central.close();
    }

    @Property(tries = 400, seed = "20261202", generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(FuzzSettings.class)
    void every_request_is_answered_within_the_error_contract(@ForAll("requests") FuzzRequest request) {
        // given central with tickets; when any request of any shape is sent
        Reply reply = send(request);
        Statistics.label("status").collect(reply.status());
        String context = request + " -> " + reply;
        // then it is never a server error, shows nothing of the server's insides, and every 4xx is JSON
        assertThat(reply.status()).as(context).isBetween(100, 499);
        if (isText(reply.contentType())) {
            NoInternals.assertNone(context, reply.body());
        }
        if (reply.status() >= 400 && !request.method().equals("HEAD") && !documentedHtml(request, reply)) {
            ApiRejectsBadRequestsIT.assertRejected(context, reply, java.util.Set.of(reply.status()), null, null);
        }
    }

    @AfterProperty
    void central_is_healthy_and_still_issues_tickets() {
        // when the fuzzing is over, central still answers as it should
        Reply health = send(new FuzzRequest("GET", "/api/v1/health", List.of(), null));
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().path("database").asText()).isEqualTo("ok");
        Reply issued = send(post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"flytning\"}"));
        assertThat(issued.status()).as(issued.toString()).isIn(201, 409);
        assertThat(issued.json().path("error").asText("")).isIn("", "closed");
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return new FuzzRequests(known).requests();
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
                "Content-Type: application/json"), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

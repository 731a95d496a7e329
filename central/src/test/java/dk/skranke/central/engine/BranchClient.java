package dk.skranke.central.engine;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DESK_2;
import static dk.skranke.central.testing.TestConfig.DESK_ANY;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.TestCentral;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The steps the behaviour tests take against branch "test", each checking the HTTP status it expects. */
final class BranchClient {
    static final String TICKETS = "/api/v1/branches/" + BRANCH + "/tickets";

    private final Supplier<TestCentral> central;

    BranchClient(Supplier<TestCentral> central) {
        this.central = central;
    }

    Http http() {
        return central.get().http();
    }

    /** A kiosk takes a walk-in ticket; expects 201. */
    JsonNode issue(String service) {
        return created(tryIssue("{\"service\":\"" + service + "\"}"));
    }

    Http.Response tryIssue(String body) {
        return http().post(TICKETS, KIOSK, body);
    }

    /** The desk calls next with its own token; expects 200 with the called ticket. */
    JsonNode next(String desk) {
        Http.Response response = tryNext(desk, tokenOf(desk), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    Http.Response tryNext(String desk, String token, String body) {
        return http().post("/api/v1/branches/" + BRANCH + "/desks/" + desk + "/next", token, body);
    }

    /** A ticket as staff sees it; expects 200. */
    JsonNode ticket(String id) {
        Http.Response response = http().get("/api/v1/tickets/" + id, STAFF);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** recall, start, no-show, cancel or finish by staff. */
    Http.Response act(String ticketId, String action) {
        return act(ticketId, action, STAFF, null);
    }

    Http.Response act(String ticketId, String action, String token, String body) {
        return http().post("/api/v1/tickets/" + ticketId + "/" + action, token, body);
    }

    Http.Response desk(String desk, String action, String token) {
        return http().post("/api/v1/branches/" + BRANCH + "/desks/" + desk + "/" + action, token, null);
    }

    JsonNode queue() {
        Http.Response response = http().get("/api/v1/branches/" + BRANCH + "/queue", STAFF);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode deskInQueue(String desk) {
        for (JsonNode d : queue().path("desks")) {
            if (d.path("id").asText().equals(desk)) {
                return d;
            }
        }
        throw new AssertionError("desk " + desk + " is not in the queue view");
    }

    /** A booking system books an appointment; expects 201. */
    JsonNode book(String service, String start, String code) {
        String body = "{\"service\":\"" + service + "\",\"start\":\"" + start + "\",\"durationMinutes\":15"
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return created(http().post("/api/v1/branches/" + BRANCH + "/appointments", INTEGRATION, body));
    }

    Http.Response checkIn(String code) {
        return http().post("/api/v1/branches/" + BRANCH + "/check-ins", KIOSK, "{\"code\":\"" + code + "\"}");
    }

    /**
     * Every stored event of the branch, replayed from the start, up to and including the first one
     * matching {@code last}: a later event proves all earlier ones have arrived.
     */
    List<SseClient.Event> eventsUntil(Predicate<SseClient.Event> last) {
        try (SseClient stream = SseClient.connect(central.get().baseUrl(), BRANCH, STAFF, 0L)) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.events().stream().anyMatch(last));
            List<SseClient.Event> upTo = new ArrayList<>();
            for (SseClient.Event event : stream.events()) {
                upTo.add(event);
                if (last.test(event)) {
                    break;
                }
            }
            return upTo;
        }
    }

    static Predicate<SseClient.Event> named(String name, String dataContains) {
        return e -> name.equals(e.name()) && e.data().contains(dataContains);
    }

    static List<String> names(List<SseClient.Event> events) {
        return events.stream().map(SseClient.Event::name).toList();
    }

    static String tokenOf(String desk) {
        return switch (desk) {
            case "1" -> DESK_1;
            case "2" -> DESK_2;
            default -> DESK_ANY;
        };
    }

    static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static void assertError(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.text("error")).as(response.body()).isEqualTo(code);
    }
}

package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DESK_2;
import static dk.skranke.central.testing.TestConfig.DESK_ANY;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_STAFF;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.api.ApiClient.Reply;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.NoInternals;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.core.numbering.TicketNumbers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of API v1 turns a bad request into a 4xx {"error","message"} JSON body: never a 500, a
 * stack trace or HTML. Each endpoint also accepts one well-formed request, so no rejection passes vacuously.
 */
class ApiRejectsBadRequestsIT {
    private static final MutableClock CLOCK = MutableClock.at("2026-11-23T10:00:00+01:00");
    private static final String BRANCH_PATH = "/api/v1/branches/" + BRANCH;
    private static final String UNKNOWN_TOKEN = "not-a-token-central-knows";
    private static final String HUGE_BODY = "{\"service\":\"" + "x".repeat(200 * 1024) + "\"}";
    private static final Map<String, String> NOT_AN_OBJECT = Map.of("{bad", "{bad", "[1,2]", "[1,2]",
            "\"str\"", "\"str\"", "null", "null", "42", "42", "a 5000-deep array", "[".repeat(5000));
    /** Content types whose charset is unknown, empty or wrong, or that are not JSON at all: bodies are JSON in UTF-8. */
    private static final List<String> ODD_CONTENT_TYPES = List.of("application/json; charset=ebcdic",
            "application/json; charset=", "text/plain; charset=x-no-such-charset",
            "application/x-www-form-urlencoded; charset=ebcdic", "multipart/form-data");
    private static final Map<String, String> TOKEN_NAMES = Map.ofEntries(entry(KIOSK, "kiosk"),
            entry(DISPLAY, "display"), entry(DESK_1, "desk-1"), entry(DESK_2, "desk-2"), entry(STAFF, "staff"),
            entry(ADMIN, "admin"), entry(INTEGRATION, "integration"), entry(OTHER_STAFF, "other-branch staff"),
            entry(OTHER_KIOSK, "other-branch kiosk"));

    private static TestCentral central;
    private static ApiClient api;
    private static String waitingTicket;
    private static String ticketAtDesk2;
    private static String publicToken;
    private static final AtomicInteger UPLOADS = new AtomicInteger();

    @BeforeAll
    static void start_central_with_a_waiting_ticket_and_a_ticket_called_at_desk_2() {
        central = TestCentral.start(CLOCK);
        api = new ApiClient(central.baseUrl());
        // flytning is served only at desk 3, which no test calls: this ticket keeps waiting
        JsonNode waiting = expect(post(BRANCH_PATH + "/tickets", KIOSK, "{\"service\":\"flytning\"}"), 201).json();
        waitingTicket = waiting.path("id").asText();
        String statusUrl = waiting.path("statusUrl").asText();
        publicToken = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        String koerekort = issue("koerekort");
        ticketAtDesk2 = expect(post(desk("2", "next"), DESK_2, null), 200).json().path("id").asText();
        assertThat(ticketAtDesk2).isEqualTo(koerekort);
    }

    @AfterAll
    static void stop_central() {
        central.close();
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_accepts_a_well_formed_request_with_the_right_token() {
        return Stream.of(
                accepted("GET /health answers without a token", () -> get("/api/v1/health", null), 200),
                accepted("GET /branches/{branch} shows the branch to a display", () -> get(BRANCH_PATH, DISPLAY), 200),
                accepted("POST /branches/{branch}/tickets issues a ticket for a kiosk", () -> post(BRANCH_PATH
                        + "/tickets", KIOSK, "{\"service\":\"pas\",\"language\":\"en\",\"clientRequestId\":\"ok-1\"}"),
                        201),
                accepted("GET /tickets/{id} shows a ticket to staff", () -> get(ticket(waitingTicket), STAFF), 200),
                accepted("GET /public/tickets/{token} shows a ticket without a token",
                        () -> get("/api/v1/public/tickets/" + publicToken, null), 200),
                accepted("POST /tickets/{id}/recall recalls a ticket after the recall delay", () -> {
                    String id = calledAtDesk1();
                    CLOCK.advance(Duration.ofSeconds(31));
                    return post(ticket(id) + "/recall", DESK_1, null);
                }, 200),
                accepted("POST /tickets/{id}/start starts serving a called ticket",
                        () -> post(ticket(calledAtDesk1()) + "/start", DESK_1, null), 200),
                accepted("POST /tickets/{id}/no-show marks a ticket called twice", () -> {
                    String id = calledAtDesk1();
                    CLOCK.advance(Duration.ofSeconds(31));
                    expect(post(ticket(id) + "/recall", DESK_1, null), 200);
                    CLOCK.advance(Duration.ofSeconds(31));
                    return post(ticket(id) + "/no-show", DESK_1, null);
                }, 200),
                accepted("POST /tickets/{id}/cancel cancels a called ticket",
                        () -> post(ticket(calledAtDesk1()) + "/cancel", DESK_1, null), 200),
                accepted("POST /tickets/{id}/finish finishes a called ticket with an outcome", () -> post(
                        ticket(calledAtDesk1()) + "/finish", DESK_1, "{\"outcomes\":[\"could-have-been-digital\"]}"), 200),
                accepted("POST /tickets/{id}/transfer moves a waiting ticket for staff", () -> post(
                        ticket(issue("pas")) + "/transfer", STAFF, "{\"service\":\"koerekort\"}"), 200),
                accepted("POST /desks/{desk}/next calls the next ticket", () -> post(desk("1", "next"), DESK_1,
                        "{\"clientRequestId\":\"ok-next-1\"}"), 200, 204),
                accepted("POST /desks/{desk}/pause pauses a desk", () -> post(desk("3", "pause"), STAFF, null), 200),
                accepted("POST /desks/{desk}/open opens a desk", () -> post(desk("3", "open"), DESK_ANY, "{}"), 200),
                accepted("POST /branches/{branch}/appointments books for an integration", () -> post(BRANCH_PATH
                        + "/appointments", INTEGRATION, appointment("\"pas\"", soon(), "15")), 201),
                accepted("GET /branches/{branch}/appointments lists a day", () -> get(BRANCH_PATH
                        + "/appointments?date=2026-11-23", STAFF), 200),
                accepted("POST /branches/{branch}/check-ins checks a booked code in", () -> post(BRANCH_PATH
                        + "/check-ins", KIOSK, "{\"code\":\"" + bookAppointment() + "\"}"), 201),
                accepted("GET /branches/{branch}/queue shows the queue to a display",
                        () -> get(BRANCH_PATH + "/queue", DISPLAY), 200),
                dynamicTest("GET /branches/{branch}/events opens a stream for a display", () -> {
                    Reply reply = api.send(events(DISPLAY));
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                    assertThat(reply.contentType()).startsWith("text/event-stream");
                }),
                accepted("POST /devices/{device}/heartbeat stores a kiosk heartbeat", () -> post(
                        "/api/v1/devices/kiosk-1/heartbeat", KIOSK, "{\"printer\":\"ok\",\"version\":\"1.0.0\"}"), 200),
                accepted("GET /branches/{branch}/devices lists devices for staff",
                        () -> get(BRANCH_PATH + "/devices", STAFF), 200),
                accepted("POST /branches/{branch}/number-blocks reserves numbers for a kiosk", () -> post(BRANCH_PATH
                        + "/number-blocks", KIOSK, "{\"service\":\"pas\",\"size\":10}"), 201),
                accepted("POST /branches/{branch}/nudges records a kiosk's nudge answer", () -> post(BRANCH_PATH
                        + "/nudges", KIOSK, "{\"service\":\"pas\",\"outcome\":\"deflected\"}"), 201),
                accepted("POST /branches/{branch}/number-blocks with a clientRequestId reserves numbers", () -> post(
                        BRANCH_PATH + "/number-blocks", KIOSK, "{\"service\":\"pas\",\"size\":3,"
                        + "\"clientRequestId\":\"ok-block-1\"}"), 201, 200),
                accepted("POST /branches/{branch}/offline-tickets stores a ticket a kiosk issued offline",
                        ApiRejectsBadRequestsIT::offlineUpload, 201),
                accepted("GET /public/texts/status/{language} gives the status page's texts without a token",
                        () -> get("/api/v1/public/texts/status/en", null), 200),
                dynamicTest("GET /public/tickets/{token}/events opens a status stream without a token", () -> {
                    Reply reply = api.send(get("/api/v1/public/tickets/" + publicToken + "/events", null)
                            .withHeader("Accept", "text/event-stream"));
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                    assertThat(reply.contentType()).startsWith("text/event-stream");
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_request_without_a_token_is_rejected_with_401() {
        return endpoints().stream().filter(Endpoint::needsToken).map(e -> rejected(e.name()
                + " without a token is 401", () -> e.call().get().withToken(null), 401, "unauthorized", null));
    }

    @TestFactory
    Stream<DynamicTest> a_request_with_a_token_central_does_not_know_is_rejected_with_401() {
        Stream<DynamicTest> everyEndpoint = endpoints().stream().filter(Endpoint::needsToken).map(e -> rejected(
                e.name() + " with an unknown token is 401", () -> e.call().get().withToken(UNKNOWN_TOKEN), 401,
                "unauthorized", null));
        Stream<DynamicTest> oddHeaders = Stream.of(
                entry("a Basic scheme", "Basic a2lvc2s6a2lvc2stdG9rZW4tdGVzdA=="),
                entry("no scheme", KIOSK), entry("an empty Bearer", "Bearer"),
                entry("a 600-character token", "Bearer " + "k".repeat(600)))
                .map(h -> rejected("GET /branches/{branch} with " + h.getKey() + " is 401",
                        () -> get(BRANCH_PATH, null).withHeader("Authorization", h.getValue()), 401, "unauthorized",
                        null));
        Stream<DynamicTest> queryToken = Stream.of(rejected("GET /branches/{branch}/events with an unknown "
                + "access_token query parameter is 401", () -> get(BRANCH_PATH + "/events?access_token="
                + UNKNOWN_TOKEN, null).withHeader("Accept", "text/event-stream"), 401, "unauthorized", null));
        return Stream.of(everyEndpoint, oddHeaders, queryToken).flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> a_token_whose_role_may_not_use_the_endpoint_is_rejected_with_403() {
        return endpoints().stream().flatMap(e -> e.wrongRole().stream().map(token -> rejected(e.name() + " with a "
                + TOKEN_NAMES.get(token) + " token is 403", () -> e.call().get().withToken(token), 403, "forbidden",
                null)));
    }

    @TestFactory
    Stream<DynamicTest> a_token_of_another_branch_or_desk_is_rejected_with_403() {
        Stream<DynamicTest> foreign = endpoints().stream().flatMap(e -> e.foreign().stream().map(token -> rejected(
                e.name() + " with a " + TOKEN_NAMES.get(token) + " token is 403", () -> e.call().get()
                        .withToken(token), 403, "forbidden", null)));
        Stream<DynamicTest> otherDesk = Stream.of("next", "pause", "open").map(action -> rejected("POST /desks/2/"
                + action + " with the desk-1 token is 403", () -> post(desk("2", action), DESK_1, "{}"), 403,
                "forbidden", "desk 1"));
        Stream<DynamicTest> ticketAtOtherDesk = Stream.of("recall", "start", "no-show", "cancel", "finish").map(
                action -> rejected("POST /tickets/{id}/" + action + " on a ticket at desk 2 with the desk-1 token is 403",
                        () -> post(ticket(ticketAtDesk2) + "/" + action, DESK_1, "{}"), 403, "forbidden", "desk 1"));
        return Stream.of(foreign, otherDesk, ticketAtOtherDesk).flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> a_body_that_is_not_a_json_object_is_rejected_with_400_malformed_json() {
        return endpoints().stream().filter(Endpoint::readsBody).flatMap(e -> NOT_AN_OBJECT.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(body -> rejected(e.name() + " with body " + body.getKey()
                        + " is 400", () -> e.call().get().withBody(body.getValue()), 400, "malformed-json", null)));
    }

    @TestFactory
    Stream<DynamicTest> a_malformed_body_is_described_in_central_s_own_words() {
        return BadRequestCases.malformedJson().entrySet().stream().map(body -> dynamicTest("POST /tickets with "
                + body.getKey().name() + " is 400 malformed-json in our words", () -> {
                    // given a kiosk's ticket request whose body is broken in one way
                    ApiCall request = post(BRANCH_PATH + "/tickets", KIOSK, body.getKey().body());
                    // when it is sent
                    Reply reply = api.send(request);
                    // then the message says what is wrong in our words, nothing of the parser's insides
                    assertRejected(body.getKey().name(), reply, Set.of(400), "malformed-json", null);
                    assertThat(reply.json().path("message").asText()).as(reply.toString()).startsWith(body.getValue());
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_body_is_read_as_utf8_json_whatever_charset_the_content_type_names() {
        return endpoints().stream().filter(Endpoint::readsBody).flatMap(e -> ODD_CONTENT_TYPES.stream().map(type ->
                rejected(e.name() + " with Content-Type '" + type + "' and body {bad is 400", () -> e.call().get()
                        .withBody("{bad").withHeader("Content-Type", type), 400, "malformed-json", null)));
    }

    @TestFactory
    Stream<DynamicTest> an_unknown_or_wrong_charset_is_read_as_utf8_json() {
        return Stream.of("ebcdic", "", "iso-8859-1", "utf-16", "\"\"").map(charset -> dynamicTest("POST /appointments "
                + "with charset=" + charset + " reads the UTF-8 body as sent", () -> {
                    // given a booking whose reference has Danish letters, sent in UTF-8 under another charset's name
                    ApiCall booking = post(BRANCH_PATH + "/appointments", INTEGRATION, "{\"service\":\"pas\","
                            + "\"start\":" + soon() + ",\"durationMinutes\":15,\"reference\":\"Søren Ærø\"}")
                            .withHeader("Content-Type", "application/json; charset=" + charset);
                    // when it is sent
                    Reply reply = api.send(booking);
                    // then central read the bytes as UTF-8
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                    assertThat(reply.json().path("reference").asText()).isEqualTo("Søren Ærø");
                }));
    }

    @Test
    void a_body_that_is_not_utf8_is_rejected_with_400_malformed_json() {
        // given a booking whose reference is written in Latin-1 (ø as the single byte F8)
        byte[] body = ("{\"service\":\"pas\",\"start\":" + soon() + ",\"durationMinutes\":15,\"reference\":\"S\u00f8ren\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (RawHttp connection = new RawHttp("127.0.0.1", URI.create(central.baseUrl()).getPort())) {
            // when it is sent
            Reply reply = connection.send("POST " + BRANCH_PATH + "/appointments HTTP/1.1", "Authorization: Bearer "
                    + INTEGRATION + "\r\nContent-Type: application/json; charset=iso-8859-1\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n", body);
            // then it is refused rather than stored with a replacement character
            assertRejected("POST /appointments in Latin-1", reply, Set.of(400), "malformed-json", "UTF-8");
        }
    }

    @TestFactory
    Stream<DynamicTest> authentication_and_role_are_checked_before_the_body_is_read() {
        return endpoints().stream().filter(Endpoint::readsBody).flatMap(e -> Stream.of(
                rejected(e.name() + " without a token and with a malformed body is 401", () -> e.call().get()
                        .withToken(null).withBody("{bad"), 401, "unauthorized", null),
                rejected(e.name() + " with a " + TOKEN_NAMES.get(e.wrongRole().get(0))
                        + " token and a malformed body is 403", () -> e.call().get().withToken(e.wrongRole().get(0))
                        .withBody("{bad"), 403, "forbidden", null)));
    }

    @TestFactory
    Stream<DynamicTest> an_unknown_or_badly_formed_id_is_rejected_with_a_4xx() {
        return BadRequestCases.unknownIds(waitingTicket).stream().map(c -> rejected(c.name(), c.call(),
                c.status(), c.code(), c.field()));
    }

    @TestFactory
    Stream<DynamicTest> a_bad_field_value_is_rejected_with_400_invalid_input_naming_the_field() {
        return BadRequestCases.badValues(waitingTicket).stream().map(c -> rejected(c.name(), c.call(),
                c.status(), c.code(), c.field()));
    }

    @TestFactory
    Stream<DynamicTest> an_oversized_body_is_rejected_with_413_too_large() {
        return endpoints().stream().filter(e -> e.name().startsWith("POST")).map(e -> rejected(e.name()
                + " with a 200 KB body is 413", () -> e.call().get().withBody(HUGE_BODY), 413, "too-large", null));
    }

    @TestFactory
    Stream<DynamicTest> an_unknown_path_or_a_wrong_method_is_rejected_with_404_or_405() {
        String finish = ticket(waitingTicket) + "/finish";
        return Stream.of(
                get("/api/v1/nope", STAFF), get("/api/v1", STAFF), get(BRANCH_PATH + "/nope", STAFF),
                get("/api/v2/branches/" + BRANCH, STAFF), get("/api/v1/tickets", STAFF),
                get("/api/v1/tickets/x", STAFF).withMethod("DELETE"),
                get(ticket(waitingTicket), STAFF).withMethod("DELETE"),
                get(BRANCH_PATH + "/tickets", KIOSK), get(BRANCH_PATH + "/check-ins", KIOSK),
                get(BRANCH_PATH + "/number-blocks", KIOSK), get(BRANCH_PATH + "/offline-tickets", KIOSK),
                get("/api/v1/devices/kiosk-1/heartbeat", KIOSK), post("/api/v1/public/tickets/" + publicToken,
                null, "{}"),
                get(desk("1", "next"), DESK_1), post(desk("1", "next"), DESK_1, "{}").withMethod("PUT"),
                post(BRANCH_PATH + "/queue", DISPLAY, "{}"), post(BRANCH_PATH + "/events", DISPLAY, "{}"),
                post("/api/v1/health", null, "{}"), post(finish, STAFF, "{}").withMethod("PATCH"),
                post(BRANCH_PATH, ADMIN, "{}").withMethod("PUT"))
                .map(call -> dynamicTest(call + " is 404 or 405", () -> assertRejected(call.toString(),
                        api.send(call), Set.of(404, 405), null, null)));
    }

    /** The endpoints as their everyday clients call them, with the tokens each must turn away. */
    private static List<Endpoint> endpoints() {
        List<String> kioskDisplayIntegration = List.of(KIOSK, DISPLAY, INTEGRATION);
        return List.of(
                new Endpoint("GET /health", () -> get("/api/v1/health", null), false, false, List.of(), List.of()),
                new Endpoint("GET /branches/{branch}", () -> get(BRANCH_PATH, DISPLAY), true, false, List.of(),
                        List.of(OTHER_KIOSK, OTHER_STAFF)),
                new Endpoint("POST /branches/{branch}/tickets", () -> post(BRANCH_PATH + "/tickets", KIOSK,
                        "{\"service\":\"pas\"}"), true, true, List.of(DISPLAY, DESK_1, INTEGRATION),
                        List.of(OTHER_KIOSK, OTHER_STAFF)),
                new Endpoint("GET /tickets/{id}", () -> get(ticket(waitingTicket), STAFF), true, false, List.of(),
                        List.of(OTHER_STAFF, OTHER_KIOSK)),
                new Endpoint("GET /public/tickets/{token}", () -> get("/api/v1/public/tickets/" + publicToken,
                        null), false, false, List.of(), List.of()),
                deskAction("recall"), deskAction("start"), deskAction("no-show"), deskAction("cancel"),
                new Endpoint("POST /tickets/{id}/finish", () -> post(ticket(calledAtDesk1()) + "/finish", DESK_1,
                        "{\"outcomes\":[\"needs-follow-up\"]}"), true, true, kioskDisplayIntegration,
                        List.of(OTHER_STAFF)),
                new Endpoint("POST /tickets/{id}/transfer", () -> post(ticket(issue("pas")) + "/transfer", STAFF,
                        "{\"service\":\"koerekort\"}"), true, true, List.of(DESK_1, KIOSK), List.of(OTHER_STAFF)),
                deskEndpoint("next"), deskEndpoint("pause"), deskEndpoint("open"),
                new Endpoint("POST /branches/{branch}/appointments", () -> post(BRANCH_PATH + "/appointments",
                        INTEGRATION, appointment("\"pas\"", soon(), "15")), true, true, List.of(KIOSK, STAFF),
                        List.of()),
                new Endpoint("GET /branches/{branch}/appointments", () -> get(BRANCH_PATH
                        + "/appointments?date=2026-11-23", STAFF), true, false, List.of(KIOSK, DISPLAY, DESK_1),
                        List.of(OTHER_STAFF)),
                new Endpoint("POST /branches/{branch}/check-ins", () -> post(BRANCH_PATH + "/check-ins", KIOSK,
                        "{\"code\":\"ACDE34\"}"), true, true, List.of(DISPLAY, INTEGRATION),
                        List.of(OTHER_KIOSK, OTHER_STAFF)),
                new Endpoint("GET /branches/{branch}/queue", () -> get(BRANCH_PATH + "/queue", DISPLAY), true,
                        false, List.of(INTEGRATION), List.of(OTHER_STAFF)),
                new Endpoint("GET /branches/{branch}/events", () -> events(DISPLAY), true, false,
                        List.of(INTEGRATION), List.of(OTHER_STAFF, OTHER_KIOSK)),
                new Endpoint("POST /devices/{device}/heartbeat", () -> post("/api/v1/devices/kiosk-1/heartbeat",
                        KIOSK, "{\"printer\":\"ok\"}"), true, true, List.of(STAFF, ADMIN, DESK_1),
                        List.of(OTHER_KIOSK, DISPLAY)),
                new Endpoint("GET /branches/{branch}/devices", () -> get(BRANCH_PATH + "/devices", STAFF), true,
                        false, List.of(KIOSK, DISPLAY), List.of(OTHER_STAFF)),
                new Endpoint("POST /branches/{branch}/number-blocks", () -> post(BRANCH_PATH + "/number-blocks",
                        KIOSK, "{\"service\":\"pas\",\"size\":10}"), true, true, List.of(STAFF, DISPLAY, ADMIN),
                        List.of(OTHER_KIOSK)),
                new Endpoint("POST /branches/{branch}/offline-tickets", ApiRejectsBadRequestsIT::offlineUpload, true,
                        true, List.of(DISPLAY, DESK_1, STAFF, ADMIN, INTEGRATION), List.of(OTHER_KIOSK)),
                new Endpoint("POST /branches/{branch}/nudges", () -> post(BRANCH_PATH + "/nudges", KIOSK,
                        "{\"service\":\"pas\",\"outcome\":\"declined\"}"), true, true,
                        List.of(DISPLAY, DESK_1, INTEGRATION), List.of(OTHER_KIOSK, OTHER_STAFF)));
    }

    /** recall, start, no-show, cancel: they read no body. */
    private static Endpoint deskAction(String action) {
        return new Endpoint("POST /tickets/{id}/" + action, () -> post(ticket(calledAtDesk1()) + "/" + action,
                DESK_1, null), true, false, List.of(KIOSK, DISPLAY, INTEGRATION), List.of(OTHER_STAFF));
    }

    private static Endpoint deskEndpoint(String action) {
        return new Endpoint("POST /branches/{branch}/desks/{desk}/" + action, () -> post(desk("1", action), DESK_1,
                "{}"), true, true, List.of(KIOSK, DISPLAY, INTEGRATION), List.of(OTHER_STAFF, DESK_2));
    }

    private static DynamicTest accepted(String name, Supplier<ApiCall> call, Integer... statuses) {
        return dynamicTest(name, () -> {
            // given a well-formed request with the right token; when it is sent; then it succeeds with JSON
            ApiCall request = call.get();
            Reply reply = api.send(request);
            assertThat(reply.status()).as(name + ": " + request + " -> " + reply).isIn((Object[]) statuses);
            if (reply.status() != 204) {
                assertThat(reply.contentType()).as(request + " -> " + reply).startsWith("application/json");
                assertThat(reply.json().isContainerNode()).isTrue();
            }
        });
    }

    private static DynamicTest rejected(String name, Supplier<ApiCall> call, int status, String code, String field) {
        return dynamicTest(name, () -> {
            // given a request with exactly one thing wrong (the supplier may first set up a ticket)
            ApiCall request = call.get();
            // when it is sent
            Reply reply = api.send(request);
            // then it is turned away in the error contract's shape
            assertRejected(name + ": " + request, reply, Set.of(status), code, field);
        });
    }

    /** The error contract: the status, JSON with a non-empty error code and message, nothing of the server's insides. */
    static void assertRejected(String request, Reply reply, Set<Integer> statuses, String code, String field) {
        String context = request + " -> " + reply;
        assertThat(reply.status()).as(context).isIn(statuses);
        assertThat(reply.contentType()).as(context).startsWith("application/json");
        assertThat(reply.body()).as(context).doesNotContainIgnoringCase("<html");
        NoInternals.assertNone(context, reply.body());
        JsonNode json = reply.json();
        assertThat(json.path("error").isTextual() && !json.path("error").asText().isBlank()).as(context).isTrue();
        assertThat(json.path("message").isTextual() && !json.path("message").asText().isBlank()).as(context)
                .isTrue();
        if (code != null) {
            assertThat(json.path("error").asText()).as(context).isEqualTo(code);
        }
        if (field != null) {
            assertThat(json.path("message").asText()).as(context).contains(field);
        }
    }

    static String ticket(String id) {
        return "/api/v1/tickets/" + id;
    }

    static String desk(String desk, String action) {
        return BRANCH_PATH + "/desks/" + desk + "/" + action;
    }

    static ApiCall get(String path, String token) {
        return ApiCall.get(path, token);
    }

    static ApiCall post(String path, String token, String body) {
        return ApiCall.post(path, token, body);
    }

    static ApiCall events(String token) {
        return get(BRANCH_PATH + "/events", token).withHeader("Accept", "text/event-stream");
    }

    /** An appointment body from raw JSON values, so tests can put any type in any field. */
    static String appointment(String service, String start, String durationMinutes) {
        return "{\"service\":" + service + ",\"start\":" + start + ",\"durationMinutes\":" + durationMinutes + "}";
    }

    static MutableClock clock() {
        return CLOCK;
    }

    /** Five minutes from the test clock's now, as a JSON string: inside the check-in window. */
    static String soon() {
        return "\"" + OffsetDateTime.now(CLOCK).plusMinutes(5) + "\"";
    }

    /** Reserves a one-number block for the kiosk and uploads that number as issued offline a minute ago. */
    private static ApiCall offlineUpload() {
        long seq = expect(post(BRANCH_PATH + "/number-blocks", KIOSK, "{\"service\":\"pas\",\"size\":1}"), 201)
                .json().path("first").asLong();
        int n = UPLOADS.incrementAndGet();
        return post(BRANCH_PATH + "/offline-tickets", KIOSK, offlineTicket(Map.of("clientRequestId",
                "\"offline-" + n + "\"", "number", "\"" + TicketNumbers.format("P", seq) + "\"", "publicToken",
                "\"" + String.format("matrix_%032d", n) + "\"")));
    }

    /**
     * An offline-ticket body from raw JSON values: a valid one, with the given fields replaced (a value
     * of "-" leaves the field out), so a test can put anything in any field.
     */
    static String offlineTicket(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientRequestId", "\"offline-0\"");
        fields.put("service", "\"pas\"");
        fields.put("number", "\"P999\"");
        fields.put("language", "\"da\"");
        fields.put("issuedAt", "\"" + OffsetDateTime.now(CLOCK).minusMinutes(1) + "\"");
        fields.put("publicToken", "\"" + "t".repeat(40) + "\"");
        fields.putAll(replaced);
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (!value.equals("-")) {
                body.append(body.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
            }
        });
        return body.append('}').toString();
    }

    private static Reply expect(ApiCall call, int status) {
        Reply reply = api.send(call);
        assertThat(reply.status()).as(call + " -> " + reply).isEqualTo(status);
        return reply;
    }

    private static String issue(String service) {
        return expect(post(BRANCH_PATH + "/tickets", KIOSK, "{\"service\":\"" + service + "\"}"), 201).json()
                .path("id").asText();
    }

    /** Issues a pas ticket and lets desk 1 call; returns whichever ticket desk 1 now has. */
    private static String calledAtDesk1() {
        issue("pas");
        return expect(post(desk("1", "next"), DESK_1, null), 200).json().path("id").asText();
    }

    private static String bookAppointment() {
        return expect(post(BRANCH_PATH + "/appointments", INTEGRATION, appointment("\"pas\"", soon(), "15")), 201)
                .json().path("code").asText();
    }

    /** An endpoint called as its everyday client calls it, and the tokens it must turn away. */
    private record Endpoint(String name, Supplier<ApiCall> call, boolean needsToken, boolean readsBody,
            List<String> wrongRole, List<String> foreign) {
    }
}

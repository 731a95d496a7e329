package dk.skranke.central.api;

import static dk.skranke.central.api.ApiRejectsBadRequestsIT.appointment;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.clock;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.desk;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.events;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.get;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.offlineTicket;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.post;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.soon;
import static dk.skranke.central.api.ApiRejectsBadRequestsIT.ticket;
import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tables of unknown ids and bad field values, each row a request with the one status, error code and
 * field name central must answer with: an unknown thing in the path is 404, in the body 400 naming the field.
 */
final class BadRequestCases {
    private static final String BRANCH = "/api/v1/branches/test";
    private static final String UNKNOWN_BRANCH = "/api/v1/branches/nope";
    private static final String LONG_ID = "x".repeat(200);

    private BadRequestCases() {
    }

    /** One row: a request and the rejection it must get; field null when no field is involved. */
    record Case(String name, Supplier<ApiCall> call, int status, String code, String field) {
    }

    /** A broken body and what it shows. */
    record Malformed(String name, String body) {
    }

    /** Bodies that are not JSON, each with the start of the message central must answer with. */
    static Map<Malformed, String> malformedJson() {
        Map<Malformed, String> cases = new LinkedHashMap<>();
        String notJson = "the request body is not valid JSON";
        cases.put(new Malformed("a number after the object", "{\"service\":\"pas\"} 1"),
                "the request body has more after the JSON value");
        cases.put(new Malformed("a second object", "{\"service\":\"pas\"}{\"service\":\"pas\"}"),
                "the request body has more after the JSON value");
        cases.put(new Malformed("a word after the object", "{\"service\":\"pas\"} x"),
                "the request body has more after the JSON value");
        cases.put(new Malformed("NaN", "{\"service\":NaN}"), notJson);
        cases.put(new Malformed("-Infinity", "{\"size\":-Infinity}"), notJson);
        cases.put(new Malformed("1,200 nested objects", "{\"a\":".repeat(1200) + "1" + "}".repeat(1200)),
                "the request body nests deeper than 1000 levels");
        cases.put(new Malformed("a 1,500-digit number", "{\"size\":" + "9".repeat(1500) + "}"),
                "the request body has a number longer than 1000 digits");
        cases.put(new Malformed("a 60,000-character field name", "{\"" + "n".repeat(60_000) + "\":1}"),
                "the request body has a field name longer than 50000 characters");
        cases.put(new Malformed("an unfinished object", "{\"service\":"), "the request body ends in the middle");
        cases.put(new Malformed("an unfinished string", "{\"service\":\"pa"), "the request body ends in the middle");
        cases.put(new Malformed("single quotes", "{'service':'pas'}"), notJson);
        cases.put(new Malformed("a name without quotes", "{service:\"pas\"}"), notJson);
        cases.put(new Malformed("a trailing comma", "{\"service\":\"pas\",}"), notJson);
        cases.put(new Malformed("a comment", "/* kiosk */ {\"service\":\"pas\"}"), notJson);
        cases.put(new Malformed("a bad escape", "{\"service\":\"p\\x\"}"), notJson);
        cases.put(new Malformed("a control character in a string", "{\"service\":\"p\u0001s\"}"), notJson);
        cases.put(new Malformed("a leading zero", "{\"size\":007}"), notJson);
        return cases;
    }

    static List<Case> unknownIds(String waitingTicket) {
        List<Case> cases = new ArrayList<>();
        // Unknown branches: admin covers every branch, so only the lookup can fail.
        cases.add(notFound("GET /branches/{unknown}", () -> get(UNKNOWN_BRANCH, ADMIN)));
        cases.add(notFound("GET /branches/{200 characters}", () -> get("/api/v1/branches/" + LONG_ID, ADMIN)));
        cases.add(notFound("GET /branches/../etc", () -> get("/api/v1/branches/../etc", ADMIN)));
        cases.add(notFound("POST /branches/{unknown}/tickets", () -> post(UNKNOWN_BRANCH + "/tickets", ADMIN,
                "{\"service\":\"pas\"}")));
        for (String action : List.of("next", "pause", "open")) {
            cases.add(notFound("POST /branches/{unknown}/desks/1/" + action, () -> post(UNKNOWN_BRANCH + "/desks/1/"
                    + action, ADMIN, "{}")));
            cases.add(notFound("POST /desks/{unknown}/" + action, () -> post(desk("99", action), STAFF, "{}")));
            cases.add(notFound("POST /desks/{200 characters}/" + action, () -> post(desk(LONG_ID, action), STAFF,
                    "{}")));
        }
        cases.add(notFound("POST /branches/{unknown}/appointments", () -> post(UNKNOWN_BRANCH + "/appointments",
                ADMIN, appointment("\"pas\"", soon(), "15"))));
        cases.add(notFound("GET /branches/{unknown}/appointments", () -> get(UNKNOWN_BRANCH
                + "/appointments?date=2026-11-23", ADMIN)));
        cases.add(notFound("POST /branches/{unknown}/check-ins", () -> post(UNKNOWN_BRANCH + "/check-ins", ADMIN,
                "{\"code\":\"ACDE34\"}")));
        cases.add(notFound("GET /branches/{unknown}/queue", () -> get(UNKNOWN_BRANCH + "/queue", ADMIN)));
        cases.add(notFound("GET /branches/{unknown}/events", () -> get(UNKNOWN_BRANCH + "/events", ADMIN)
                .withHeader("Accept", "text/event-stream")));
        cases.add(notFound("GET /branches/{unknown}/devices", () -> get(UNKNOWN_BRANCH + "/devices", ADMIN)));
        // Only kiosks reserve numbers and a kiosk token is bound to its branch: it may not even learn
        // whether another branch exists, so 403, as for any branch-scoped token on an unknown branch.
        cases.add(new Case("POST /branches/{unknown}/number-blocks with a kiosk token is 403", () -> post(
                UNKNOWN_BRANCH + "/number-blocks", KIOSK, "{\"service\":\"pas\",\"size\":5}"), 403, "forbidden",
                null));
        cases.add(new Case("POST /branches/{unknown}/offline-tickets with a kiosk token is 403", () -> post(
                UNKNOWN_BRANCH + "/offline-tickets", KIOSK, offlineTicket(Map.of())), 403, "forbidden", null));
        cases.add(new Case("GET /branches/{unknown} with a staff token of branch test is 403", () -> get(
                UNKNOWN_BRANCH, STAFF), 403, "forbidden", null));
        // Unknown tickets, whatever they look like.
        for (String id : List.of("t_doesnotexist", LONG_ID, "..%2Fetc", "%C3%A6%C3%B8%C3%A5", "a%20b")) {
            String label = id.length() > 20 ? "{200 characters}" : id;
            cases.add(notFound("GET /tickets/" + label, () -> get(ticket(id), STAFF)));
            for (String action : List.of("recall", "start", "no-show", "cancel", "finish", "transfer")) {
                cases.add(notFound("POST /tickets/" + label + "/" + action, () -> post(ticket(id) + "/" + action,
                        STAFF, action.equals("transfer") ? "{\"service\":\"pas\"}" : "{}")));
            }
        }
        cases.add(notFound("GET /tickets/../etc", () -> get("/api/v1/tickets/../etc", STAFF)));
        cases.add(notFound("GET /public/tickets/{unknown}", () -> get("/api/v1/public/tickets/doesnotexist", null)));
        cases.add(notFound("GET /public/tickets/{200 characters}", () -> get("/api/v1/public/tickets/" + LONG_ID,
                null)));
        cases.add(notFound("GET /public/tickets/{a ticket id, not its token}", () -> get("/api/v1/public/tickets/"
                + waitingTicket, null)));
        cases.add(notFound("GET /public/tickets/{unknown}/events", () -> get("/api/v1/public/tickets/doesnotexist"
                + "/events", null).withHeader("Accept", "text/event-stream")));
        cases.add(notFound("GET /public/tickets/{a ticket id}/events", () -> get("/api/v1/public/tickets/"
                + waitingTicket + "/events", null).withHeader("Accept", "text/event-stream")));
        cases.add(notFound("GET /public/texts/status/fr", () -> get("/api/v1/public/texts/status/fr", null)));
        cases.add(notFound("GET /status/{unknown file}", () -> get("/status/passwd", null)));
        // Unknown things named in the body.
        cases.add(invalid("POST /branches/{branch}/tickets with an unknown service", () -> post(BRANCH + "/tickets",
                KIOSK, "{\"service\":\"nope\"}"), "service"));
        cases.add(invalid("POST /tickets/{id}/transfer to an unknown service", () -> post(ticket(waitingTicket)
                + "/transfer", STAFF, "{\"service\":\"nope\"}"), "service"));
        cases.add(invalid("POST /branches/{branch}/appointments for an unknown service", () -> post(BRANCH
                + "/appointments", INTEGRATION, appointment("\"nope\"", soon(), "15")), "service"));
        // like issuing: an unknown service in a body is a bad field value, not a missing resource
        cases.add(invalid("POST /branches/{branch}/number-blocks for an unknown service", () -> post(BRANCH
                + "/number-blocks", KIOSK, "{\"service\":\"nope\",\"size\":5}"), "service"));
        cases.add(invalid("POST /branches/{branch}/nudges for an unknown service", () -> post(BRANCH
                + "/nudges", KIOSK, "{\"service\":\"nope\",\"outcome\":\"deflected\"}"), "service"));
        cases.add(invalid("POST /branches/{branch}/nudges for a service without a digital alternative", () -> post(
                BRANCH + "/nudges", KIOSK, "{\"service\":\"koerekort\",\"outcome\":\"deflected\"}"), "service"));
        cases.add(invalid("POST /branches/{branch}/nudges with outcome 'maybe'", () -> post(BRANCH + "/nudges",
                KIOSK, "{\"service\":\"pas\",\"outcome\":\"maybe\"}"), "outcome"));
        cases.add(new Case("POST /branches/{branch}/check-ins with an unknown booking code is 404", () -> post(BRANCH
                + "/check-ins", KIOSK, "{\"code\":\"ZZZZZZ\"}"), 404, "unknown-code", null));
        // A device reports only for itself, so an unknown device id is someone else's: 403.
        cases.add(new Case("POST /devices/{unknown}/heartbeat is 403", () -> post("/api/v1/devices/nope/heartbeat",
                KIOSK, "{}"), 403, "forbidden", null));
        cases.add(new Case("POST /devices/{200 characters}/heartbeat is 403", () -> post("/api/v1/devices/"
                + LONG_ID + "/heartbeat", KIOSK, "{}"), 403, "forbidden", null));
        return cases;
    }

    static List<Case> badValues(String waitingTicket) {
        List<Case> cases = new ArrayList<>();
        String tickets = BRANCH + "/tickets";
        cases.add(invalid("POST tickets with language fr", () -> post(tickets, KIOSK,
                "{\"service\":\"pas\",\"language\":\"fr\"}"), "language"));
        cases.add(invalid("POST tickets with language 7", () -> post(tickets, KIOSK,
                "{\"service\":\"pas\",\"language\":7}"), "language"));
        cases.add(invalid("POST tickets with service 42", () -> post(tickets, KIOSK, "{\"service\":42}"), "service"));
        cases.add(invalid("POST tickets without a service", () -> post(tickets, KIOSK, "{}"), "service"));
        cases.add(invalid("POST tickets with an empty service", () -> post(tickets, KIOSK, "{\"service\":\" \"}"),
                "service"));
        cases.add(invalid("POST tickets with a 41-character service", () -> post(tickets, KIOSK,
                "{\"service\":\"" + "p".repeat(41) + "\"}"), "service"));
        cases.add(invalid("POST tickets with a clientRequestId with spaces", () -> post(tickets, KIOSK,
                "{\"service\":\"pas\",\"clientRequestId\":\"has spaces\"}"), "clientRequestId"));
        cases.add(invalid("POST tickets with a 300-character clientRequestId", () -> post(tickets, KIOSK,
                "{\"service\":\"pas\",\"clientRequestId\":\"" + "c".repeat(300) + "\"}"), "clientRequestId"));
        cases.add(invalid("POST desks/1/next with a clientRequestId with spaces", () -> post(desk("1", "next"),
                DESK_1, "{\"clientRequestId\":\"has spaces\"}"), "clientRequestId"));
        cases.add(invalid("POST desks/1/next with a 300-character clientRequestId", () -> post(desk("1", "next"),
                DESK_1, "{\"clientRequestId\":\"" + "c".repeat(300) + "\"}"), "clientRequestId"));
        cases.add(invalid("POST desks/1/next with clientRequestId 5", () -> post(desk("1", "next"), DESK_1,
                "{\"clientRequestId\":5}"), "clientRequestId"));
        String finish = ticket(waitingTicket) + "/finish";
        for (String outcomes : List.of("[\"nope\"]", "\"could-have-been-digital\"", "[1]", "{\"a\":1}",
                "[" + "\"needs-follow-up\",".repeat(10) + "\"needs-follow-up\"]")) {
            cases.add(invalid("POST finish with outcomes " + shorten(outcomes), () -> post(finish, STAFF,
                    "{\"outcomes\":" + outcomes + "}"), "outcomes"));
        }
        String transfer = ticket(waitingTicket) + "/transfer";
        cases.add(invalid("POST transfer with service 42", () -> post(transfer, STAFF, "{\"service\":42}"), "service"));
        cases.add(invalid("POST transfer without a service", () -> post(transfer, STAFF, "{}"), "service"));
        String appointments = BRANCH + "/appointments";
        for (String minutes : List.of("-5", "0", "\"ten\"", "100000", "1.5", "null", "99999999999")) {
            cases.add(invalid("POST appointments with durationMinutes " + minutes, () -> post(appointments,
                    INTEGRATION, appointment("\"pas\"", soon(), minutes)), "durationMinutes"));
        }
        for (String start : List.of("\"tomorrow\"", "\"2026-11-23T10:30:00\"", "\"2026-13-45T10:00:00+01:00\"",
                "42", "null")) {
            cases.add(invalid("POST appointments with start " + start, () -> post(appointments, INTEGRATION,
                    appointment("\"pas\"", start, "15")), "start"));
        }
        cases.add(invalid("POST appointments with service 42", () -> post(appointments, INTEGRATION,
                appointment("42", soon(), "15")), "service"));
        cases.add(invalid("POST appointments with code !!", () -> post(appointments, INTEGRATION,
                "{\"service\":\"pas\",\"start\":" + soon() + ",\"durationMinutes\":15,\"code\":\"!!\"}"), "code"));
        cases.add(invalid("POST appointments with a 101-character reference", () -> post(appointments, INTEGRATION,
                "{\"service\":\"pas\",\"start\":" + soon() + ",\"durationMinutes\":15,\"reference\":\""
                        + "r".repeat(101) + "\"}"), "reference"));
        for (String date : List.of("2026-13-45", "tomorrow", "", "23-11-2026")) {
            cases.add(invalid("GET appointments with date=" + date, () -> get(appointments + "?date=" + date, STAFF),
                    "date"));
        }
        cases.add(invalid("GET appointments without a date", () -> get(appointments, STAFF), "date"));
        String checkIns = BRANCH + "/check-ins";
        cases.add(invalid("POST check-ins without a code", () -> post(checkIns, KIOSK, "{}"), "code"));
        cases.add(invalid("POST check-ins with code 1234 as a number", () -> post(checkIns, KIOSK, "{\"code\":1234}"),
                "code"));
        cases.add(invalid("POST check-ins with code !!", () -> post(checkIns, KIOSK, "{\"code\":\"!!\"}"), "code"));
        cases.add(invalid("POST check-ins with language fr", () -> post(checkIns, KIOSK,
                "{\"code\":\"ACDE34\",\"language\":\"fr\"}"), "language"));
        String heartbeat = "/api/v1/devices/kiosk-1/heartbeat";
        cases.add(invalid("POST heartbeat with printer broken", () -> post(heartbeat, KIOSK,
                "{\"printer\":\"broken\"}"), "printer"));
        cases.add(invalid("POST heartbeat with printer 42", () -> post(heartbeat, KIOSK, "{\"printer\":42}"),
                "printer"));
        cases.add(invalid("POST heartbeat with a 41-character version", () -> post("/api/v1/devices/display-1"
                + "/heartbeat", DISPLAY, "{\"printer\":\"ok\",\"version\":\"" + "v".repeat(41) + "\"}"), "version"));
        String blocks = BRANCH + "/number-blocks";
        for (String size : List.of("0", "10000", "-1", "\"ten\"", "null")) {
            cases.add(invalid("POST number-blocks with size " + size, () -> post(blocks, KIOSK,
                    "{\"service\":\"pas\",\"size\":" + size + "}"), "size"));
        }
        cases.add(invalid("POST number-blocks with service 42", () -> post(blocks, KIOSK,
                "{\"service\":42,\"size\":5}"), "service"));
        cases.add(invalid("POST number-blocks with a clientRequestId with spaces", () -> post(blocks, KIOSK,
                "{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"has spaces\"}"), "clientRequestId"));
        cases.addAll(offlineTicketValues());
        for (String id : List.of("abc", "-1", "99999999999999999999", "1.5")) {
            cases.add(invalid("GET events with Last-Event-ID " + id, () -> events(DISPLAY).withHeader("Last-Event-ID",
                    id), "Last-Event-ID"));
        }
        cases.add(invalid("GET events with query lastEventId=abc", () -> get(BRANCH + "/events?lastEventId=abc",
                DISPLAY).withHeader("Accept", "text/event-stream"), "Last-Event-ID"));
        return cases;
    }

    /** Each row: one field of an otherwise valid offline-ticket upload set to a bad value ("-": left out). */
    private static List<Case> offlineTicketValues() {
        String[][] rows = {
            {"clientRequestId", "-"}, {"clientRequestId", "\"has spaces\""}, {"clientRequestId", "5"},
            {"service", "-"}, {"service", "42"}, {"service", "\"nope\""},
            {"number", "-"}, {"number", "54"}, {"number", "\"P54\""}, {"number", "\"p054\""},
            {"number", "\"P" + "1".repeat(21) + "\""}, {"number", "\"P05 4\""},
            {"language", "\"fr\""},
            {"issuedAt", "-"}, {"issuedAt", "\"2026-11-23T10:15:02\""}, {"issuedAt", "\"tomorrow\""},
            {"issuedAt", "42"}, {"issuedAt", "\"2999-01-01T10:00:00+01:00\""},
            {"publicToken", "-"}, {"publicToken", "\"short\""}, {"publicToken", "\"" + "!".repeat(40) + "\""},
            {"publicToken", "\"" + "t".repeat(65) + "\""}, {"publicToken", "7"}};
        List<Case> cases = new ArrayList<>();
        for (String[] row : rows) {
            String label = row[1].equals("-") ? "without " + row[0] : "with " + row[0] + " " + shorten(row[1]);
            cases.add(invalid("POST offline-tickets " + label, () -> post(BRANCH + "/offline-tickets", KIOSK,
                    offlineTicket(Map.of(row[0], row[1]))), row[0]));
        }
        cases.add(invalid("POST offline-tickets issued 3 minutes ahead of central's clock", () -> post(BRANCH
                + "/offline-tickets", KIOSK, offlineTicket(Map.of("issuedAt", "\"" + OffsetDateTime.now(clock())
                .plusMinutes(3) + "\""))), "issuedAt"));
        return cases;
    }

    private static Case notFound(String name, Supplier<ApiCall> call) {
        return new Case(name + " is 404", call, 404, "not-found", null);
    }

    private static Case invalid(String name, Supplier<ApiCall> call, String field) {
        return new Case(name + " is 400 naming " + field, call, 400, "invalid-input", field);
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 27) + "..." : text;
    }
}

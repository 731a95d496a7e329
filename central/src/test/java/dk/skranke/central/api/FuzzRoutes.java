package dk.skranke.central.api;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DESK_2;
import static dk.skranke.central.testing.TestConfig.DESK_ANY;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_STAFF;
import static dk.skranke.central.testing.TestConfig.STAFF;

import java.util.List;

/**
 * Every route central serves (the {@code install} methods of the route classes; api.md §5 documents them),
 * with the tokens its role table allows and the body fields its handler reads, so that generated requests
 * get past authentication and reach the handler's validation.
 */
final class FuzzRoutes {
    /** A route: its method, its path with {placeholders}, the tokens that may call it, the fields of its body. */
    record Route(String method, String template, List<String> tokens, List<String> fields) {
    }

    static final List<String> EVERY_TOKEN = List.of(KIOSK, DISPLAY, DESK_1, DESK_2, DESK_ANY, STAFF, ADMIN,
            INTEGRATION, OTHER_STAFF, OTHER_KIOSK);
    private static final List<String> DESKS = List.of(DESK_1, DESK_2, DESK_ANY, STAFF, ADMIN);
    private static final List<String> READERS = List.of(KIOSK, DISPLAY, DESK_1, DESK_ANY, STAFF, ADMIN);
    private static final List<String> ISSUERS = List.of(KIOSK, STAFF, ADMIN, OTHER_KIOSK);
    private static final List<String> OFFICE = List.of(STAFF, ADMIN, INTEGRATION);

    private static final List<String> NO_FIELDS = List.of();
    private static final List<String> TICKET = List.of("service", "language", "clientRequestId");
    private static final List<String> OFFLINE = List.of("clientRequestId", "service", "number", "language",
            "issuedAt", "publicToken");
    private static final List<String> NUDGE = List.of("service", "outcome", "language", "clientRequestId");
    private static final List<String> BLOCK = List.of("service", "size", "clientRequestId");
    private static final List<String> APPOINTMENT = List.of("service", "start", "durationMinutes", "code",
            "reference");
    private static final List<String> WHAT_IF = List.of("from", "to", "proposalA", "proposalB", "seed",
            "closedPolicy", "demand");

    static final List<Route> ALL = List.of(
            get("/api/v1/health", EVERY_TOKEN),
            get("/api/v1/branches/{branch}", EVERY_TOKEN),
            get("/api/v1/branches/{branch}/queue", READERS),
            get("/api/v1/branches/{branch}/events", READERS),
            post("/api/v1/branches/{branch}/tickets", ISSUERS, TICKET),
            post("/api/v1/branches/{branch}/offline-tickets", List.of(KIOSK), OFFLINE),
            post("/api/v1/branches/{branch}/nudges", ISSUERS, NUDGE),
            get("/api/v1/tickets/{id}", EVERY_TOKEN),
            post("/api/v1/tickets/{id}/recall", DESKS, NO_FIELDS),
            post("/api/v1/tickets/{id}/start", DESKS, NO_FIELDS),
            post("/api/v1/tickets/{id}/no-show", DESKS, NO_FIELDS),
            post("/api/v1/tickets/{id}/cancel", DESKS, NO_FIELDS),
            post("/api/v1/tickets/{id}/finish", DESKS, List.of("outcomes")),
            post("/api/v1/tickets/{id}/transfer", List.of(STAFF, ADMIN), List.of("service")),
            post("/api/v1/branches/{branch}/desks/{desk}/next", DESKS, List.of("clientRequestId")),
            post("/api/v1/branches/{branch}/desks/{desk}/pause", DESKS, NO_FIELDS),
            post("/api/v1/branches/{branch}/desks/{desk}/open", DESKS, NO_FIELDS),
            post("/api/v1/branches/{branch}/appointments", List.of(ADMIN, INTEGRATION), APPOINTMENT),
            get("/api/v1/branches/{branch}/appointments", OFFICE),
            post("/api/v1/branches/{branch}/check-ins", ISSUERS, List.of("code", "language")),
            post("/api/v1/devices/{device}/heartbeat", List.of(KIOSK, DISPLAY), List.of("printer", "version")),
            get("/api/v1/branches/{branch}/devices", List.of(STAFF, ADMIN)),
            post("/api/v1/branches/{branch}/number-blocks", List.of(KIOSK, OTHER_KIOSK), BLOCK),
            get("/api/v1/branches/{branch}/waiting", DESKS),
            get("/api/v1/branches/{branch}/reports", OFFICE),
            post("/api/v1/branches/{branch}/what-if", List.of(ADMIN), WHAT_IF),
            get("/api/v1/what-if/{job}", List.of(ADMIN)),
            new Route("DELETE", "/api/v1/what-if/{job}", List.of(ADMIN), NO_FIELDS),
            get("/api/v1/public/tickets/{token}", EVERY_TOKEN),
            get("/api/v1/public/tickets/{token}/events", EVERY_TOKEN),
            get("/api/v1/public/texts/status/{language}", EVERY_TOKEN),
            get("/api/v1/public/texts/staff/{language}", EVERY_TOKEN),
            get("/t/{token}", EVERY_TOKEN),
            get("/status/{file}", EVERY_TOKEN),
            get("/staff/login", List.of(STAFF, ADMIN)),
            post("/staff/login", List.of(STAFF, ADMIN), List.of("username", "password", "language")),
            post("/staff/logout", List.of(STAFF, ADMIN), NO_FIELDS),
            get("/staff/session", List.of(STAFF, ADMIN)),
            get("/staff", List.of(STAFF, ADMIN)),
            get("/staff/assets/{file}", List.of(STAFF, ADMIN)),
            get("/admin/devices", List.of(STAFF, ADMIN)),
            get("/admin/reports", List.of(STAFF, ADMIN)),
            get("/admin/what-if", List.of(STAFF, ADMIN)),
            get("/admin/assets/{file}", List.of(STAFF, ADMIN)),
            get("/api/v1/nope", EVERY_TOKEN),
            get("/nope", EVERY_TOKEN));

    private FuzzRoutes() {
    }

    private static Route get(String template, List<String> tokens) {
        return new Route("GET", template, tokens, NO_FIELDS);
    }

    private static Route post(String template, List<String> tokens, List<String> fields) {
        return new Route("POST", template, tokens, fields);
    }
}

package dk.skranke.kiosk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small stand-in for central's API v1, enough for the kiosk: records every request and can be told to be
 * down (503), to hang (no answer until released), to lose the answer to the next offline ticket, to refuse
 * walk-ins, or to reject some offline numbers.
 */
public final class FakeCentral implements AutoCloseable {
    public static final String TOKEN = "demo-kiosk-1-token";
    public static final String STATUS_BASE = "http://central.test/t/";

    /** How central behaves: answers, is down (503), or hangs. */
    public enum Mode { NORMAL, DOWN, HANG }

    /** One request as received. */
    public record Request(String method, String path, JsonNode body) {
    }

    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Javalin javalin;
    private final Object modeLock = new Object();
    private volatile Mode mode = Mode.NORMAL;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> answersByRequestId = new ConcurrentHashMap<>();
    private final List<JsonNode> offlineTickets = new CopyOnWriteArrayList<>();
    private final Set<String> rejectedNumbers = ConcurrentHashMap.newKeySet();
    private volatile List<String> intervals = List.of("00:00-23:59");
    private volatile JsonNode closedAnswer;
    private volatile boolean loseNextOfflineAnswer;
    private volatile int offlineRefusal;

    public FakeCentral(Clock clock) {
        this.clock = clock;
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before("/api/v1/*", this::gate);
            cfg.routes.get("/api/v1/branches/dragoer", ctx -> ctx.json(branch()));
            cfg.routes.get("/api/v1/branches/dragoer/queue", ctx -> ctx.json(queue()));
            cfg.routes.post("/api/v1/branches/dragoer/tickets", this::ticket);
            cfg.routes.post("/api/v1/branches/dragoer/number-blocks", this::numberBlock);
            cfg.routes.post("/api/v1/branches/dragoer/offline-tickets", this::offlineTicket);
            cfg.routes.post("/api/v1/branches/dragoer/nudges", this::nudge);
            cfg.routes.post("/api/v1/branches/dragoer/check-ins", this::checkIn);
            cfg.routes.post("/api/v1/devices/kiosk-1/heartbeat", ctx -> ctx.json(Map.of("id", "kiosk-1")));
        }).start("127.0.0.1", 0);
    }

    public String url() {
        return "http://127.0.0.1:" + javalin.port();
    }

    public void mode(Mode newMode) {
        synchronized (modeLock) {
            mode = newMode;
            modeLock.notifyAll();
        }
    }

    public void intervals(List<String> today) {
        intervals = List.copyOf(today);
    }

    /** The next ticket requests get {@code 409 closed} with this reason, until cleared with null. */
    public void refuseWalkIns(String reason, String opensAt) {
        closedAnswer = reason == null ? null : json.createObjectNode().put("error", "closed")
                .put("message", "the branch does not take walk-in tickets now").put("reason", reason)
                .put("opensAt", opensAt);
    }

    /** Offline uploads get this status (e.g. 429 from a proxy) until cleared with 0; everything else works. */
    public void refuseOfflineUploads(int status) {
        offlineRefusal = status;
    }

    public void rejectOfflineNumber(String number) {
        rejectedNumbers.add(number);
    }

    /** Stores the next offline ticket but answers only after the kiosk gave up waiting. */
    public void loseNextOfflineAnswer() {
        loseNextOfflineAnswer = true;
    }

    public List<Request> requests(String pathEnd) {
        return requests.stream().filter(r -> r.path().endsWith(pathEnd)).toList();
    }

    public List<JsonNode> heartbeats() {
        return requests("/heartbeat").stream().map(Request::body).toList();
    }

    /** Offline tickets stored (each once), in arrival order. */
    public List<JsonNode> offlineTickets() {
        return List.copyOf(offlineTickets);
    }

    public void waiting(String service, int count) {
        waiting.put(service, count);
    }

    private void gate(Context ctx) {
        JsonNode body = ctx.body().isBlank() ? null : read(ctx.body());
        requests.add(new Request(ctx.method().name(), ctx.path().substring("/api/v1".length()), body));
        if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
            throw new io.javalin.http.UnauthorizedResponse();
        }
        awaitAnswer();
        if (mode == Mode.DOWN) {
            throw new io.javalin.http.ServiceUnavailableResponse("storage-unavailable");
        }
    }

    private void awaitAnswer() {
        synchronized (modeLock) {
            long until = System.currentTimeMillis() + 5_000;
            while (mode == Mode.HANG && System.currentTimeMillis() < until) {
                try {
                    modeLock.wait(until - System.currentTimeMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new io.javalin.http.BadRequestResponse("malformed-json");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ObjectNode branch() {
        ObjectNode b = json.createObjectNode().put("id", "dragoer").put("name", "Borgerservice Dragør");
        var services = b.putArray("services");
        services.add(service("pas", "P", "Pas", "Passport", "https://www.borger.dk/", "Bestil tid på borger.dk."));
        services.add(service("koerekort", "K", "Kørekort", "Driving licence", "https://www.borger.dk/", null));
        services.add(service("andet", "A", "Andet", "Something else", null, null));
        var desks = b.putArray("desks");
        desks.addObject().put("id", "1").putArray("services").add("pas").add("koerekort");
        desks.addObject().put("id", "2").putArray("services").add("andet").add("pas");
        ObjectNode today = b.putObject("today").put("date", today().toString()).put("appointmentOnly", false)
                .put("openNow", true).put("nextWalkInOpening", ZonedDateTime.now(clock).toLocalDate().plusDays(1)
                        .atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime().toString());
        intervals.forEach(today.putArray("intervals")::add);
        b.put("statusBaseUrl", STATUS_BASE);
        return b;
    }

    private ObjectNode service(String id, String prefix, String da, String en, String url, String nudge) {
        ObjectNode s = json.createObjectNode().put("id", id);
        s.putObject("name").put("da", da).put("en", en);
        s.put("prefix", prefix).put("selfServiceUrl", url);
        if (nudge != null) {
            s.putObject("nudge").put("da", nudge).put("en", "Book on borger.dk.");
        } else {
            s.putNull("nudge");
        }
        s.putNull("category");
        return s.put("defaultServiceMinutes", 10);
    }

    private ObjectNode queue() {
        ObjectNode q = json.createObjectNode();
        var services = q.putArray("services");
        for (String id : List.of("pas", "koerekort", "andet")) {
            int count = waiting.getOrDefault(id, 0);
            services.addObject().put("service", id).put("waiting", count).put("estimatedWaitMinutes", count * 5);
        }
        q.putArray("desks");
        return q;
    }

    private static String prefix(String service) {
        return switch (service) {
            case "pas" -> "P";
            case "koerekort" -> "K";
            case "andet" -> "A";
            default -> null;
        };
    }

    private synchronized long advance(String service, long by) {
        return sequences.merge(service + "@" + today(), by, Long::sum);
    }

    private void ticket(Context ctx) {
        JsonNode body = read(ctx.body());
        if (closedAnswer != null) {
            ctx.status(409).json(closedAnswer);
            return;
        }
        String service = body.path("service").asText();
        if (prefix(service) == null) {
            ctx.status(400).json(Map.of("error", "invalid-input", "message", "service: unknown service '" + service
                    + "'", "field", "service"));
            return;
        }
        JsonNode answer = answersByRequestId.computeIfAbsent(body.path("clientRequestId").asText(),
                id -> walkIn(service, body.path("language").asText("da")));
        ctx.status(201).json(answer);
    }

    private JsonNode walkIn(String service, String language) {
        int ahead = waiting.merge(service, 1, Integer::sum) - 1;
        long seq = advance(service, 1);
        return json.createObjectNode().put("id", "t_" + seq).put("number", String.format("%s%03d", prefix(service),
                seq)).put("service", service).put("kind", "walk-in").put("status", "waiting").put("language", language)
                .put("issuedAt", ZonedDateTime.now(clock).toOffsetDateTime().toString()).putNull("appointmentStart")
                .put("waitingAhead", ahead).put("estimatedWaitMinutes", ahead * 5).put("issuedOffline", false)
                .put("statusUrl", STATUS_BASE + UUID.randomUUID().toString().replace("-", ""));
    }

    private void numberBlock(Context ctx) {
        JsonNode body = read(ctx.body());
        String id = body.path("clientRequestId").asText();
        boolean repeat = answersByRequestId.containsKey(id);
        JsonNode block = answersByRequestId.computeIfAbsent(id, k -> {
            String service = body.path("service").asText();
            int size = body.path("size").asInt();
            long last = advance(service, size);
            return json.createObjectNode().put("branch", "dragoer").put("service", service)
                    .put("day", today().toString()).put("holder", "kiosk-1").put("first", last - size + 1)
                    .put("last", last);
        });
        ctx.status(repeat ? 200 : 201).json(block);
    }

    private void offlineTicket(Context ctx) {
        JsonNode body = read(ctx.body());
        String id = body.path("clientRequestId").asText();
        if (offlineRefusal != 0) {
            ctx.status(offlineRefusal).json(Map.of("error", "busy", "message", "try again later"));
            return;
        }
        if (rejectedNumbers.contains(body.path("number").asText())) {
            ctx.status(409).json(Map.of("error", "number-taken", "message", "that number is already used"));
            return;
        }
        boolean repeat = answersByRequestId.containsKey(id);
        answersByRequestId.computeIfAbsent(id, k -> {
            offlineTickets.add(body);
            waiting.merge(body.path("service").asText(), 1, Integer::sum);
            return body;
        });
        if (loseNextOfflineAnswer && !repeat) {
            loseNextOfflineAnswer = false;
            mode(Mode.HANG);
            awaitAnswer();
        }
        ctx.status(repeat ? 200 : 201).json(body);
    }

    private void nudge(Context ctx) {
        JsonNode body = read(ctx.body());
        answersByRequestId.putIfAbsent(body.path("clientRequestId").asText(), body);
        ctx.status(201).json(Map.of("service", body.path("service").asText(), "outcome",
                body.path("outcome").asText()));
    }

    private void checkIn(Context ctx) {
        JsonNode body = read(ctx.body());
        String code = body.path("code").asText();
        String start = ZonedDateTime.now(clock).plusMinutes(10).toOffsetDateTime().toString();
        switch (code) {
            case "VMWTPN" -> {
                ObjectNode t = (ObjectNode) walkIn("pas", body.path("language").asText("da"));
                ctx.status(201).json(t.put("kind", "appointment").put("appointmentStart", start));
            }
            case "EARLY1" -> ctx.status(409).json(Map.of("error", "too-early", "message", "check-in opens later",
                    "opensAt", start, "start", start, "closesAt", start));
            case "LATE01" -> ctx.status(409).json(Map.of("error", "too-late", "message", "check-in closed",
                    "opensAt", start, "start", start, "closesAt", start));
            case "Q!" -> ctx.status(400).json(Map.of("error", "invalid-input", "message",
                    "code: must be 4-16 letters or digits", "field", "code"));
            default -> ctx.status(404).json(Map.of("error", "unknown-code", "message",
                    "no appointment has this booking code", "what", "appointment"));
        }
    }

    /** Everything sent to a path, in order; convenient for assertions on bodies. */
    public List<JsonNode> bodies(String pathEnd) {
        List<JsonNode> bodies = new ArrayList<>();
        requests(pathEnd).forEach(r -> bodies.add(r.body()));
        return bodies;
    }

    @Override
    public void close() {
        mode(Mode.NORMAL);
        javalin.stop();
    }
}

package dk.skranke.display;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for central (API v1 as in docs/api.md): branch {@code dragoer} with desks 1-3, a stream whose
 * events the test appends, cuts or silences, and desk commands that call the next number and record what came in.
 * It can be stopped and started again on the same port ("central down").
 */
public final class FakeCentral implements AutoCloseable {
    public static final String BRANCH = "dragoer";
    public static final String DISPLAY_TOKEN = "display-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the fake received, without its body unless it is a desk command. */
    public record Received(String method, String path, String token, String lastEventId, String clientRequestId) {
    }

    private record Event(long id, String type, String data) {
    }

    private final Object lock = new Object();
    private final List<Event> log = new ArrayList<>();
    private final List<SseClient> streams = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> currentByDesk = new LinkedHashMap<>();
    private final Map<String, ObjectNode> byRequestId = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger ticketIds = new AtomicInteger();
    private final List<Event> held = new ArrayList<>();
    private boolean holding;
    private Instant lastCalledAt = Instant.EPOCH;
    private volatile boolean silent;
    private volatile CountDownLatch holdNextAnswer;
    private Javalin javalin;
    private int port;
    private long nextEventId = 1;

    public FakeCentral start() {
        return startOn(0);
    }

    private FakeCentral startOn(int onPort) {
        javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.asyncTimeout = 0;
            cfg.routes.before(ctx -> received.add(new Received(ctx.method().name(), ctx.path(), token(ctx),
                    ctx.header("Last-Event-ID"), null)));
            cfg.routes.get("/api/v1/branches/{b}", ctx -> ctx.contentType("application/json").result(branchJson()));
            cfg.routes.get("/api/v1/branches/{b}/queue", ctx -> ctx.contentType("application/json").result(queueJson()));
            cfg.routes.sse("/api/v1/branches/{b}/events", this::stream);
            cfg.routes.post("/api/v1/branches/{b}/desks/{d}/next", this::next);
            cfg.routes.post("/api/v1/tickets/{id}/recall", this::recall);
            cfg.routes.post("/api/v1/devices/{device}/heartbeat", ctx -> ctx.json(Map.of("id", ctx.pathParam("device"))));
        });
        javalin.start("127.0.0.1", onPort);
        port = javalin.port();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Central goes away: the port refuses connections, open streams break. */
    public void stop() {
        cutStreams();
        javalin.stop();
    }

    /** Central is back on the same port with the same event log. */
    public void restart() {
        startOn(port);
    }

    /** From now on streams get nothing, not even pings (a dead connection that stays open). */
    public void goSilent(boolean value) {
        silent = value;
    }

    /** Closes every open stream (the client must reconnect and resume). */
    public void cutStreams() {
        synchronized (lock) {
            streams.forEach(SseClient::close);
            streams.clear();
        }
    }

    /** The next answer to {@code next} waits until the returned latch is counted down (a slow central). */
    public CountDownLatch holdNextAnswer() {
        CountDownLatch latch = new CountDownLatch(1);
        holdNextAnswer = latch;
        return latch;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method, String pathEnd) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathEnd)).toList();
    }

    /** Open event streams right now. */
    public int openStreams() {
        return streams.size();
    }

    public long lastEventId() {
        synchronized (lock) {
            return nextEventId - 1;
        }
    }

    /** Calls a new ticket (pas, "P" + sequence) to the desk, as {@code next} does; returns its number. */
    public String call(String desk) {
        return call(desk, "da", OffsetDateTime.now(ZoneOffset.ofHours(1)));
    }

    public String call(String desk, String language, OffsetDateTime calledAt) {
        synchronized (lock) {
            return callLocked(desk, language, calledAt).path("number").asText();
        }
    }

    /**
     * From now on events are stored but reach open streams only when the returned action runs (a stream that lags
     * behind central's answers); then they are sent, in order.
     */
    public Runnable holdEvents() {
        synchronized (lock) {
            holding = true;
        }
        return () -> {
            synchronized (lock) {
                holding = false;
                for (Event event : held) {
                    streams.forEach(client -> send(client, event));
                }
                held.clear();
            }
        };
    }

    /** Appends an event of any kind with this data (raw JSON). */
    public long emit(String type, String data) {
        synchronized (lock) {
            Event event = new Event(nextEventId++, type, data);
            log.add(event);
            if (holding) {
                held.add(event);
            } else if (!silent) {
                for (SseClient client : streams) {
                    send(client, event);
                }
            }
            return event.id();
        }
    }

    private ObjectNode callLocked(String desk, String language, OffsetDateTime calledAt) {
        ObjectNode previous = currentByDesk.remove(desk);
        if (previous != null) {
            previous.put("status", "done");
            emit("ticket.finished", eventData(previous));
        }
        int n = sequence.incrementAndGet();
        ObjectNode ticket = JSON.createObjectNode();
        ticket.put("id", "t_fake" + ticketIds.incrementAndGet());
        ticket.put("number", String.format("P%03d", n));
        ticket.put("branch", BRANCH);
        ticket.put("service", "pas");
        ticket.put("kind", "walk-in");
        ticket.put("status", "called");
        ticket.put("language", language);
        ticket.put("calledAt", calledAt.toString());
        ticket.put("desk", desk);
        ticket.put("callCount", 1);
        currentByDesk.put(desk, ticket);
        emit("ticket.called", eventData(ticket));
        return ticket;
    }

    private String eventData(ObjectNode ticket) {
        ObjectNode data = JSON.createObjectNode();
        data.set("ticket", ticket.deepCopy());
        ObjectNode waiting = data.putObject("waiting");
        waiting.put("pas", 3);
        waiting.put("koerekort", 1);
        return data.toString();
    }

    private void stream(SseClient client) {
        client.keepAlive();
        String header = client.ctx().header("Last-Event-ID");
        long after = header == null ? Long.MAX_VALUE : Long.parseLong(header);
        synchronized (lock) {
            if (!silent) {
                client.sendComment("ping");
                for (Event event : log) {
                    if (event.id() > after) {
                        send(client, event);
                    }
                }
            }
            streams.add(client);
        }
        client.onClose(() -> streams.remove(client));
    }

    private static void send(SseClient client, Event event) {
        client.sendEvent(event.type(), event.data(), Long.toString(event.id()));
    }

    private void next(Context ctx) throws Exception {
        String requestId = JSON.readTree(ctx.body().isEmpty() ? "{}" : ctx.body()).path("clientRequestId").asText(null);
        received.add(new Received("POST", ctx.path() + "#body", token(ctx), null, requestId));
        CountDownLatch hold = holdNextAnswer;
        if (hold != null) {
            holdNextAnswer = null;
            hold.await(10, TimeUnit.SECONDS);
        }
        String desk = ctx.pathParam("d");
        if (!("desk-" + desk + "-token").equals(token(ctx))) {
            ctx.status(403).json(Map.of("error", "forbidden", "message", "this desk token may only act at its desk"));
            return;
        }
        ObjectNode ticket;
        synchronized (lock) {
            ticket = requestId == null ? null : byRequestId.get(requestId);
            if (ticket == null) {
                ticket = callLocked(desk, "da", laterThanTheLastCall());
                if (requestId != null) {
                    byRequestId.put(requestId, ticket);
                }
            }
        }
        ctx.contentType("application/json").result(ticket.toString());
    }

    /** Now, but after the previous call by a millisecond at least, as central's calls at one desk are. */
    private OffsetDateTime laterThanTheLastCall() {
        Instant now = Instant.now();
        lastCalledAt = now.isAfter(lastCalledAt) ? now : lastCalledAt.plusMillis(1);
        return OffsetDateTime.ofInstant(lastCalledAt, ZoneOffset.ofHours(1));
    }

    private void recall(Context ctx) {
        String id = ctx.pathParam("id");
        synchronized (lock) {
            for (ObjectNode ticket : currentByDesk.values()) {
                if (ticket.path("id").asText().equals(id)) {
                    ticket.put("callCount", ticket.path("callCount").asInt() + 1);
                    ticket.put("calledAt", OffsetDateTime.now(ZoneOffset.ofHours(1)).toString());
                    emit("ticket.recalled", eventData(ticket));
                    ctx.contentType("application/json").result(ticket.toString());
                    return;
                }
            }
        }
        ctx.status(404).json(Map.of("error", "not-found", "message", "ticket was not found"));
    }

    private String branchJson() {
        ObjectNode branch = JSON.createObjectNode();
        branch.put("id", BRANCH);
        branch.put("name", "Borgerservice Dragør");
        ArrayNode services = branch.putArray("services");
        services.addObject().put("id", "pas").putObject("name").put("da", "Pas").put("en", "Passport");
        services.addObject().put("id", "koerekort").putObject("name").put("da", "Kørekort").put("en", "Driving licence");
        ArrayNode desks = branch.putArray("desks");
        for (int i = 1; i <= 3; i++) {
            desks.addObject().put("id", String.valueOf(i)).put("name", "Skranke " + i);
        }
        return branch.toString();
    }

    private String queueJson() {
        ObjectNode queue = JSON.createObjectNode();
        ArrayNode services = queue.putArray("services");
        services.addObject().put("service", "pas").put("waiting", 3).put("estimatedWaitMinutes", 12);
        services.addObject().put("service", "koerekort").put("waiting", 1).put("estimatedWaitMinutes", 4);
        ArrayNode desks = queue.putArray("desks");
        synchronized (lock) {
            for (int i = 1; i <= 3; i++) {
                String id = String.valueOf(i);
                ObjectNode desk = desks.addObject().put("id", id).put("name", "Skranke " + i);
                ObjectNode current = currentByDesk.get(id);
                if (current == null) {
                    desk.putNull("current");
                } else {
                    desk.putObject("current").put("id", current.path("id").asText())
                            .put("number", current.path("number").asText()).put("service", "pas")
                            .put("status", current.path("status").asText()).put("callCount", current.path("callCount").asInt());
                }
            }
        }
        return queue.toString();
    }

    private static String token(Context ctx) {
        String header = ctx.header("Authorization");
        return header == null ? null : header.replaceFirst("(?i)^Bearer ", "");
    }

    /** A moment for calledAt fields of replayed (old) calls. */
    public static OffsetDateTime minutesAgo(int minutes) {
        return OffsetDateTime.ofInstant(Instant.now().minusSeconds(60L * minutes), ZoneOffset.ofHours(1));
    }

    @Override
    public void close() {
        try {
            cutStreams();
        } finally {
            javalin.stop();
        }
    }
}

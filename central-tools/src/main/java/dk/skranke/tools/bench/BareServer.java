package dk.skranke.tools.bench;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's baseline: bare Javalin 7 (same HTTP settings as central) with a no-op JSON
 * endpoint and a plain SSE broadcast, no auth, no database, no logging per request.
 */
public final class BareServer implements AutoCloseable {
    /** Central fans out on this many sender threads too (see CentralApp), so the baseline does the same. */
    static final int SENDERS = 4;
    private static final String NOOP_JSON = "{\"ok\":true}";

    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final List<ExecutorService> senders = new ArrayList<>();
    private final Javalin javalin;

    BareServer() {
        for (int i = 0; i < SENDERS; i++) {
            // One thread per stripe keeps each client's events in order, as central's per-subscriber queue does.
            senders.add(singleThread("bare-send-" + (i + 1)));
        }
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.http.asyncTimeout = 0;
            cfg.routes.post("/noop", this::noop);
            cfg.routes.get("/health", ctx -> ctx.contentType("application/json")
                    .result("{\"liveSubscribers\":" + clients.size() + "}"));
            cfg.routes.post("/broadcast", this::broadcast);
            cfg.routes.sse("/sse", this::keep);
        });
    }

    /** {@code BareServer [--port N] [--host H]}: prints "bare listening on port N" and runs until stopped. */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>(Map.of("--port", "0", "--host", "127.0.0.1"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("usage: BareServer [--port N] [--host H], not " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        BareServer server = new BareServer();
        server.javalin.start(options.get("--host"), Integer.parseInt(options.get("--port")));
        System.out.println("bare listening on port " + server.javalin.port());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * Reads the body, as central does: Jetty closes a keep-alive connection whose request body was
     * left unread, and the client then finds it dead on its next request (seen as rare IOExceptions).
     */
    private void noop(Context ctx) {
        ctx.body();
        ctx.contentType("application/json").result(NOOP_JSON);
    }

    private void keep(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
    }

    /** {@code POST /broadcast?id=X&bytes=N}: one ticket.called-shaped event of about N bytes to every client. */
    private void broadcast(Context ctx) {
        String id = ctx.queryParam("id");
        String bytes = ctx.queryParam("bytes");
        String data = payload(id == null ? "none" : id, bytes == null ? 0 : Integer.parseInt(bytes));
        SseClient[] all = clients.toArray(new SseClient[0]);
        for (int stripe = 0; stripe < SENDERS; stripe++) {
            int first = stripe;
            senders.get(stripe).execute(() -> send(all, first, data, id));
        }
        ctx.contentType("application/json").result("{\"clients\":" + all.length + "}");
    }

    private static void send(SseClient[] all, int first, String data, String id) {
        for (int i = first; i < all.length; i += SENDERS) {
            try {
                all[i].sendEvent("ticket.called", data, id);
            } catch (RuntimeException e) {
                all[i].close();
            }
        }
    }

    /** Same shape as central's event, padded to the same size, so both put the same bytes on the wire. */
    static String payload(String id, int bytes) {
        StringBuilder data = new StringBuilder("{\"ticket\":{\"id\":\"").append(id).append("\"},\"postedAt\":")
                .append(System.currentTimeMillis()).append(",\"pad\":\"");
        while (data.length() < bytes - 2) {
            data.append('x');
        }
        return data.append("\"}").toString();
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        clients.forEach(SseClient::close);
        senders.forEach(ExecutorService::shutdownNow);
        javalin.stop();
    }
}

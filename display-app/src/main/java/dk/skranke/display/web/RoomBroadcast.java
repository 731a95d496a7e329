package dk.skranke.display.web;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages following {@code /api/room/events}: each gets the full room on connect and after every change, and a
 * {@code ping} event every 15 s so it can tell a dead connection. All writes happen on one thread, in order.
 */
final class RoomBroadcast implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RoomBroadcast.class);
    static final long PING_SECONDS = 15;

    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender;
    private volatile String latest;

    RoomBroadcast(String initial) {
        this.latest = initial;
        this.sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "skranke-room-push");
            t.setDaemon(true);
            return t;
        });
        sender.scheduleAtFixedRate(this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        sender.execute(() -> {
            if (send(client, "room", latest)) {
                clients.add(client);
            }
        });
    }

    void publish(String roomJson) {
        latest = roomJson;
        sender.execute(() -> clients.forEach(c -> send(c, "room", roomJson)));
    }

    int size() {
        return clients.size();
    }

    private void ping() {
        clients.forEach(c -> send(c, "ping", "{}"));
    }

    private boolean send(SseClient client, String event, String data) {
        if (client.terminated()) {
            clients.remove(client);
            return false;
        }
        try {
            client.sendEvent(event, data);
            return true;
        } catch (RuntimeException e) {
            log.debug("room page gone: {}", e.toString());
            clients.remove(client);
            client.close();
            return false;
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}

package dk.skranke.central.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/** A test subscriber to a branch event stream; collects events as they arrive. */
public final class SseClient implements AutoCloseable {
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private String id;
    private String name;
    private final StringBuilder data = new StringBuilder();

    private SseClient() {
    }

    /** Connects; {@code lastEventId} null for a fresh stream. */
    public static SseClient connect(String baseUrl, String branch, String token, Long lastEventId) {
        SseClient client = new SseClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/branches/" + branch
                + "/events")).header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpClient.newHttpClient().sendAsync(request.build(), info -> {
            client.status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(client.new Lines());
        });
        return client;
    }

    /** Connects to any stream path (e.g. a ticket's public status stream) without credentials. */
    public static SseClient connectPublic(String baseUrl, String path) {
        SseClient client = new SseClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream").build();
        HttpClient.newHttpClient().sendAsync(request, info -> {
            client.status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(client.new Lines());
        });
        return client;
    }

    /** The HTTP status once the response headers arrived. */
    public int status() {
        return status.join();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private synchronized void line(String line) {
        if (line.isEmpty()) {
            if (name != null || data.length() > 0) {
                events.add(new Event(id == null ? -1 : Long.parseLong(id), name, data.toString()));
            }
            id = null;
            name = null;
            data.setLength(0);
        } else if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            data.append(line.substring(5).trim());
        }
    }

    /** One received event. */
    public record Event(long id, String name, String data) {
    }

    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String item) {
            line(item);
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}

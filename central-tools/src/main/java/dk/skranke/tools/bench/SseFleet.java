package dk.skranke.tools.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many Server-Sent Events connections on a few shared HttpClients, parsed line by line without a
 * thread per connection; tells a listener when each event began to arrive.
 */
final class SseFleet implements AutoCloseable {
    /** Connections per HttpClient (each has one selector thread); at most {@link #MAX_HTTP_CLIENTS}. */
    private static final int CONNECTIONS_PER_CLIENT = 250;
    private static final int MAX_HTTP_CLIENTS = 4;
    /** Connects in flight at once, so a burst of thousands does not overflow the server's accept queue. */
    private static final int CONNECTING_AT_ONCE = 100;

    /** Receives every complete event with the System.nanoTime() at which its first line arrived. */
    interface Listener {
        void onEvent(String name, String data, long arrivalNanos);
    }

    private final List<Connection> connections = new ArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    /** Opens {@code count} streams and waits until every one has its response headers or has failed. */
    static SseFleet connect(HttpRequest request, int count, Listener listener, ExecutorService executor,
            Duration timeout) throws InterruptedException {
        SseFleet fleet = new SseFleet();
        List<HttpClient> clients = httpClients(count, executor);
        CountDownLatch answered = new CountDownLatch(count);
        Semaphore connecting = new Semaphore(CONNECTING_AT_ONCE);
        for (int i = 0; i < count; i++) {
            if (!connecting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fleet.failure("timed out connecting: " + i + " of " + count + " streams started");
                return fleet;
            }
            Connection c = fleet.new Connection(listener, answered, connecting);
            fleet.connections.add(c);
            c.open(clients.get(i % clients.size()), request);
        }
        if (!answered.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fleet.failure("timed out: " + answered.getCount() + " streams unanswered after " + timeout.toSeconds()
                    + " s");
        }
        return fleet;
    }

    private static List<HttpClient> httpClients(int count, ExecutorService executor) {
        int n = Math.max(1, Math.min(MAX_HTTP_CLIENTS, (count + CONNECTIONS_PER_CLIENT - 1) / CONNECTIONS_PER_CLIENT));
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .connectTimeout(Duration.ofSeconds(30)).build());
        }
        return clients;
    }

    /** Streams that answered 200 and have not ended. */
    int open() {
        return open.get();
    }

    int failed() {
        return failed.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    private void failure(String message) {
        firstFailure.compareAndSet(null, message);
    }

    @Override
    public void close() {
        connections.forEach(Connection::cancel);
    }

    /** One stream: status check, then an SSE line parser that stamps each event's first line. */
    private final class Connection implements Flow.Subscriber<String> {
        private final Listener listener;
        private final CountDownLatch answered;
        private final Semaphore connecting;
        private volatile Flow.Subscription subscription;
        private final AtomicBoolean answeredOnce = new AtomicBoolean();
        private volatile boolean cancelled;
        private volatile boolean isOpen;
        private long startedAt;
        private String name;
        private String data;

        Connection(Listener listener, CountDownLatch answered, Semaphore connecting) {
            this.listener = listener;
            this.answered = answered;
            this.connecting = connecting;
        }

        void open(HttpClient client, HttpRequest request) {
            client.sendAsync(request, info -> {
                answer(info.statusCode() == 200, "HTTP " + info.statusCode());
                return HttpResponse.BodySubscribers.fromLineSubscriber(this);
            }).whenComplete((response, error) -> {
                if (error != null) {
                    answer(false, error.toString());
                }
            });
        }

        /** Counts the first answer only: headers, or a failure before them. */
        private void answer(boolean ok, String why) {
            if (!answeredOnce.compareAndSet(false, true)) {
                return;
            }
            connecting.release();
            if (ok) {
                isOpen = true;
                open.incrementAndGet();
            } else {
                failed.incrementAndGet();
                failure(why);
            }
            answered.countDown();
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cancelled) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (name != null) {
                    listener.onEvent(name, data, startedAt);
                }
                startedAt = 0;
                name = null;
                data = null;
                return;
            }
            if (startedAt == 0) {
                startedAt = System.nanoTime();
            }
            if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data = data == null ? line.substring(5).trim() : data + "\n" + line.substring(5).trim();
            }
        }

        @Override
        public void onError(Throwable error) {
            ended();
        }

        @Override
        public void onComplete() {
            ended();
        }

        private void ended() {
            if (isOpen) {
                isOpen = false;
                open.decrementAndGet();
            }
        }
    }
}

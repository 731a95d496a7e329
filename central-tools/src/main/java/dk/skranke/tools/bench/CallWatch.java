package dk.skranke.tools.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects, per awaited event ("ticket.called t_abc"), when it reached each SSE client, and lets
 * the bench wait until it reached all of them. Events may arrive before the bench asks for them.
 */
final class CallWatch implements SseFleet.Listener {
    static final String CALLED = "ticket.called";
    static final String ISSUED = "ticket.issued";
    private static final Set<String> WATCHED = Set.of(CALLED, ISSUED);
    private static final String TICKET_ID = "\"ticket\":{\"id\":\"";

    private final int clients;
    private final Map<String, Arrivals> byKey = new ConcurrentHashMap<>();
    private volatile int lastCalledBytes;

    CallWatch(int clients) {
        this.clients = clients;
    }

    static String key(String event, String ticketId) {
        return event + " " + ticketId;
    }

    @Override
    public void onEvent(String name, String data, long arrivalNanos) {
        if (!WATCHED.contains(name) || data == null) {
            return;
        }
        String id = ticketId(data);
        if (id != null) {
            arrivals(key(name, id)).add(arrivalNanos);
            if (CALLED.equals(name)) {
                lastCalledBytes = data.length();
            }
        }
    }

    Arrivals arrivals(String key) {
        return byKey.computeIfAbsent(key, k -> new Arrivals(clients));
    }

    /** Forgets every event seen so far (called between measurements; also drops other desks' calls). */
    void clear() {
        byKey.clear();
    }

    /** Size of the last ticket.called data line, so the baseline can send as many bytes. */
    int lastCalledBytes() {
        return lastCalledBytes;
    }

    /** The ticket id at the start of an event's data ({@code {"ticket":{"id":"..."}); null if absent. */
    static String ticketId(String data) {
        int start = data.indexOf(TICKET_ID);
        if (start < 0) {
            return null;
        }
        start += TICKET_ID.length();
        int end = data.indexOf('"', start);
        return end < 0 ? null : data.substring(start, end);
    }

    /** Arrival times of one event at up to {@code clients} clients. */
    static final class Arrivals {
        private final long[] at;
        private final AtomicInteger count = new AtomicInteger();
        private final CountDownLatch all;

        Arrivals(int clients) {
            this.at = new long[clients];
            this.all = new CountDownLatch(clients);
        }

        void add(long nanos) {
            int i = count.getAndIncrement();
            if (i < at.length) {
                at[i] = nanos;
                all.countDown();
            }
        }

        /** True when every client has it; false after the timeout. */
        boolean await(Duration timeout) throws InterruptedException {
            return all.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The arrival times recorded so far; after a timeout, a slot still being written is left out. */
        long[] times() {
            int n = Math.min(count.get(), at.length);
            return java.util.Arrays.stream(at, 0, n).filter(t -> t != 0).toArray();
        }
    }
}

package dk.skranke.tools.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Connects N SSE clients to a target, then triggers one call at a time and times, for every
 * client, the arrival of that call's event against the moment just before the trigger was sent.
 */
final class CallRun {
    private final HttpClient http;
    private final Target target;
    private final ExecutorService sseExecutor;
    private final Duration timeout;

    CallRun(HttpClient http, Target target, ExecutorService sseExecutor, Duration timeout) {
        this.http = http;
        this.target = target;
        this.sseExecutor = sseExecutor;
        this.timeout = timeout;
    }

    /** What one call-latency run measured; {@code missed} counts client-events that never arrived. */
    record Result(int clients, double connectSeconds, LatencySummary everyClient, LatencySummary lastClient,
            LatencySummary roundTrip, long missed, int payloadBytes, double serverCpuMillisPerCall) {
    }

    /** One call: when it was sent, how long the trigger request took, and the arrival times. */
    private record Call(long sentAt, long roundTrip, long[] arrivals) {
    }

    Result run(int clients, int warmupCalls, int calls, int payloadBytes) throws IOException, InterruptedException {
        CallWatch watch = new CallWatch(clients);
        int before = target.liveSubscribers(http);
        long began = System.nanoTime();
        try (SseFleet fleet = SseFleet.connect(target.sseRequest(), clients, watch, sseExecutor, timeout)) {
            if (fleet.open() < clients) {
                throw new IOException(target.label() + ": only " + fleet.open() + " of " + clients
                        + " SSE clients connected; first failure: " + fleet.firstFailure());
            }
            awaitSubscribers(before + clients);
            double connectSeconds = (System.nanoTime() - began) / 1e9;
            for (int i = 0; i < warmupCalls; i++) {
                callOnce(watch, -1 - i, payloadBytes);
            }
            return measure(watch, clients, calls, payloadBytes, connectSeconds);
        }
    }

    private Result measure(CallWatch watch, int clients, int calls, int payloadBytes, double connectSeconds)
            throws IOException, InterruptedException {
        long[] every = new long[calls * clients];
        long[] last = new long[calls];
        long[] roundTrips = new long[calls];
        int n = 0;
        long missed = 0;
        long cpuBefore = target.serverCpuNanos();
        for (int c = 0; c < calls; c++) {
            Call call = callOnce(watch, c, payloadBytes);
            roundTrips[c] = call.roundTrip();
            missed += clients - call.arrivals().length;
            long slowest = 0;
            for (long arrival : call.arrivals()) {
                every[n++] = arrival - call.sentAt();
                slowest = Math.max(slowest, arrival - call.sentAt());
            }
            last[c] = slowest;
        }
        long cpuAfter = target.serverCpuNanos();
        double cpuMillis = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / calls;
        return new Result(clients, connectSeconds, LatencySummary.of(every, n), LatencySummary.of(last),
                LatencySummary.of(roundTrips), missed, watch.lastCalledBytes(), cpuMillis);
    }

    private Call callOnce(CallWatch watch, long i, int payloadBytes) throws IOException, InterruptedException {
        target.beforeCall(http, watch, timeout);
        long sentAt = System.nanoTime();
        String key = target.call(http, i, payloadBytes);
        long roundTrip = System.nanoTime() - sentAt;
        CallWatch.Arrivals arrivals = watch.arrivals(key);
        arrivals.await(timeout);
        long[] times = arrivals.times();
        watch.clear();
        return new Call(sentAt, roundTrip, times);
    }

    /** The server registers a stream a moment after its headers go out; poll its own count, with a deadline. */
    private void awaitSubscribers(int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int live;
        while ((live = target.liveSubscribers(http)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IOException(target.label() + " counts " + live + " live subscribers, expected " + expected);
            }
            Thread.sleep(20);
        }
    }
}

package dk.skranke.tools.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Sends a fixed number of requests from a fixed number of concurrent workers (closed loop) and times each. */
final class LoadRun {
    private final HttpClient http;
    private final Target target;
    /** Numbers the requests across warm-up and measured runs. */
    private final AtomicLong sequence = new AtomicLong();

    LoadRun(HttpClient http, Target target) {
        this(http, target, 0);
    }

    /** A run whose requests are numbered from {@code firstSequence}, after those of an earlier run. */
    LoadRun(HttpClient http, Target target, long firstSequence) {
        this.http = http;
        this.target = target;
        this.sequence.set(firstSequence);
    }

    /**
     * Result of one run: latency of the successful requests, requests per second overall and over
     * the first and the last tenth of them (a server that slows down as data grows shows here), failures.
     */
    record Result(LatencySummary latency, double perSecond, double firstTenthPerSecond, double lastTenthPerSecond,
            double serverCpuMicrosPerRequest, int errors, String firstError) {
    }

    Result run(int total, int workers) throws InterruptedException {
        Tally tally = new Tally(total);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(workers, Math.max(total, 1)); w++) {
            Thread t = new Thread(() -> work(start, tally), "load-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        long cpuBefore = target.serverCpuNanos();
        long began = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - began;
        long cpuAfter = target.serverCpuNanos();
        long[] ok = Arrays.stream(tally.nanos).filter(n -> n >= 0).toArray();
        long[] done = Arrays.stream(tally.doneAt).filter(t -> t != 0).map(t -> t - began).sorted().toArray();
        int tenth = Math.max(1, done.length / 10);
        double first = done.length == 0 ? Double.NaN : tenth / (done[tenth - 1] / 1e9);
        double last = done.length <= tenth ? Double.NaN
                : tenth / ((done[done.length - 1] - done[done.length - 1 - tenth]) / 1e9);
        double cpuMicros = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e3 / total;
        return new Result(LatencySummary.of(ok), ok.length / (elapsed / 1e9), first, last, cpuMicros,
                tally.errors.get(), tally.firstError.get());
    }

    private void work(CountDownLatch start, Tally tally) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = tally.next.getAndIncrement(); i < tally.nanos.length; i = tally.next.getAndIncrement()) {
            long t0 = System.nanoTime();
            String error = sendOne();
            long took = System.nanoTime() - t0;
            if (error == null) {
                tally.nanos[i] = took;
                tally.doneAt[i] = t0 + took;
            } else {
                tally.nanos[i] = -1;
                tally.errors.incrementAndGet();
                tally.firstError.compareAndSet(null, error);
            }
        }
    }

    /** Null when the server answered with the expected status, else what went wrong. */
    private String sendOne() {
        try {
            int status = http.send(target.loadRequest(sequence.getAndIncrement()),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == target.loadStatus() ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** Shared by the workers; each slot of {@code nanos} is written by one worker, read after join. */
    private static final class Tally {
        final long[] nanos;
        final long[] doneAt;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicReference<String> firstError = new AtomicReference<>();

        Tally(int total) {
            this.nanos = new long[total];
            this.doneAt = new long[total];
        }
    }
}

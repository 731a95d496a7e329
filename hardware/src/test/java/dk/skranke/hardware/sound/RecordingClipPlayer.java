package dk.skranke.hardware.sound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fake player: records when each play starts and ends (as ticks of one counter, so order is exact),
 * counts concurrent plays, and holds each play until the test releases it.
 */
final class RecordingClipPlayer implements ClipPlayer {

    /** One play: the phrase and the ticks at which it started and ended. */
    record Play(Phrase phrase, long startTick, long endTick) {
    }

    private final AtomicLong ticks = new AtomicLong();
    private final AtomicInteger playing = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final List<Play> plays = new ArrayList<>();
    private final ConcurrentHashMap<Integer, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, RuntimeException> failures = new ConcurrentHashMap<>();

    @Override
    public void play(Phrase phrase) {
        int index = started.getAndIncrement();
        long start = ticks.incrementAndGet();
        maxConcurrent.accumulateAndGet(playing.incrementAndGet(), Math::max);
        try {
            await(gate(index));
            RuntimeException failure = failures.get(index);
            if (failure != null) {
                throw failure;
            }
        } finally {
            playing.decrementAndGet();
            long end = ticks.incrementAndGet();
            synchronized (plays) {
                plays.add(new Play(phrase, start, end));
            }
        }
    }

    /** Lets play number {@code index} (0-based) finish. */
    void release(int index) {
        gate(index).countDown();
    }

    /** Makes play number {@code index} throw once released. */
    void failOn(int index, RuntimeException failure) {
        failures.put(index, failure);
    }

    int started() {
        return started.get();
    }

    int maxConcurrent() {
        return maxConcurrent.get();
    }

    List<Play> finished() {
        synchronized (plays) {
            return List.copyOf(plays);
        }
    }

    List<String> finishedTexts() {
        return finished().stream().map(p -> p.phrase().text()).toList();
    }

    @Override
    public SoundStatus status() {
        return SoundStatus.ok("recording fake");
    }

    private CountDownLatch gate(int index) {
        return gates.computeIfAbsent(index, i -> new CountDownLatch(1));
    }

    private static void await(CountDownLatch gate) {
        try {
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released this play");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

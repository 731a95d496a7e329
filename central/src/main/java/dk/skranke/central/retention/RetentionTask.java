package dk.skranke.central.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the retention purge by itself: once right after start, then every day, on one background thread. */
public final class RetentionTask implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RetentionTask.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "retention-purge");
        thread.setDaemon(true);
        return thread;
    });

    private RetentionTask() {
    }

    public static RetentionTask start(RetentionPurge purge, Duration every) {
        RetentionTask task = new RetentionTask();
        task.scheduler.scheduleAtFixedRate(() -> runSafely(purge), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return task;
    }

    private static void runSafely(RetentionPurge purge) {
        try {
            purge.purge();
        } catch (RuntimeException e) {
            // The next run tries again; personal data then stays one day longer, nothing is lost.
            log.warn("retention purge failed; retrying at the next run: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dk.skranke.central.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Jetty's graceful stop ends the live streams: they never finish by themselves, so without this the
 * stop would wait its whole timeout for them. Runs while Jetty refuses new requests and lets the
 * requests in flight finish; clients resume with Last-Event-ID.
 */
final class StreamsShutdown implements Graceful {
    private final List<AutoCloseable> streams;
    private volatile boolean shutdown;

    StreamsShutdown(List<AutoCloseable> streams) {
        this.streams = List.copyOf(streams);
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        shutdown = true;
        for (AutoCloseable stream : streams) {
            try {
                stream.close();
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }
}

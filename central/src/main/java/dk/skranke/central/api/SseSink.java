package dk.skranke.central.api;

import dk.skranke.central.events.EventSink;
import dk.skranke.central.events.Frame;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SSE connection, written without ever blocking the caller: frames queue here and go out as
 * fast as the client reads (servlet non-blocking output). A client that falls more than
 * {@link #MAX_QUEUED_BYTES} behind is dropped; it resumes with Last-Event-ID and misses nothing.
 * So a stalled phone or a frozen TV never holds a sender thread that other clients are waiting for.
 */
final class SseSink implements EventSink, WriteListener {
    /**
     * About 500 ticket events beyond what the connection's socket buffers hold: far more than a
     * display that reads ever lags, and the queue holds references to shared frames, not copies.
     */
    static final int MAX_QUEUED_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SseSink.class);
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final SseClient client;
    private final ServletOutputStream out;
    /** Frames' bytes are shared by every subscriber: the queue holds references, not copies. */
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private int queuedBytes;
    private boolean unflushed;
    private boolean failed;

    SseSink(SseClient client) {
        this.client = client;
        try {
            this.out = client.ctx().res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setWriteListener(this); // the request is async (SSE): from here on writes never block
    }

    @Override
    public void write(List<Frame> frames) throws IOException {
        int bytes = 0;
        for (Frame frame : frames) {
            bytes += frame.bytes().length;
        }
        synchronized (this) {
            reserve(bytes);
            for (Frame frame : frames) {
                queue.add(frame.bytes());
            }
            pump();
        }
    }

    @Override
    public synchronized void ping() throws IOException {
        reserve(PING.length);
        queue.add(PING);
        pump();
    }

    private void reserve(int bytes) throws IOException {
        if (failed || client.terminated()) {
            throw new IOException("client disconnected");
        }
        if (queuedBytes + bytes > MAX_QUEUED_BYTES) {
            log.info("sse client dropped: {} bytes unread (it resumes with Last-Event-ID)", queuedBytes);
            throw new IOException("client too slow");
        }
        queuedBytes += bytes;
    }

    /** Called by the server when a write that could not complete at once has completed. */
    @Override
    public synchronized void onWritePossible() throws IOException {
        pump();
    }

    /** Writes while the connection takes more; a write that cannot complete now resumes in onWritePossible. */
    private void pump() throws IOException {
        while (out.isReady()) {
            byte[] next = queue.poll();
            if (next != null) {
                queuedBytes -= next.length;
                out.write(next);
                unflushed = true;
            } else if (unflushed) {
                unflushed = false;
                out.flush();
            } else {
                return;
            }
        }
    }

    @Override
    public synchronized boolean behind() {
        return !queue.isEmpty() || !out.isReady();
    }

    @Override
    public void onError(Throwable t) {
        synchronized (this) {
            failed = true;
            queue.clear();
            queuedBytes = 0;
        }
        log.debug("sse write failed: {}", t.toString());
        client.close();
    }

    /**
     * Ends the stream on one of the server's own threads: finishing the response (its log line, the
     * async completion) then never costs the shared sender thread that found the client too slow.
     */
    @Override
    public void close() {
        try {
            client.ctx().req().getAsyncContext().start(client::close);
        } catch (IllegalStateException alreadyCompleted) {
            client.close();
        }
    }
}

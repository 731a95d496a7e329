package dk.skranke.central.api;

import dk.skranke.central.events.EventSink;
import dk.skranke.central.events.Frame;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes frames straight to one SSE connection, flushing once per batch. */
record SseSink(SseClient client) implements EventSink {
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    @Override
    public void write(List<Frame> frames) throws IOException {
        OutputStream out = open();
        for (Frame frame : frames) {
            out.write(frame.bytes());
        }
        out.flush();
    }

    @Override
    public void ping() throws IOException {
        OutputStream out = open();
        out.write(PING);
        out.flush();
    }

    private OutputStream open() throws IOException {
        if (client.terminated()) {
            throw new IOException("client disconnected");
        }
        return client.ctx().res().getOutputStream();
    }

    @Override
    public void close() {
        client.close();
    }
}

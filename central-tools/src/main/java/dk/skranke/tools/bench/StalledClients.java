package dk.skranke.tools.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Event-stream clients that send their request and then never read a byte, like a frozen TV or a
 * phone on a dead mobile connection: once the kernel's buffers are full, nothing written to them
 * completes. They never reconnect.
 */
final class StalledClients implements AutoCloseable {
    /** A small receive window, so the stall begins as early as the server's own buffers allow. */
    private static final int RECEIVE_BUFFER = 4096;

    private final List<Socket> sockets = new ArrayList<>();

    static StalledClients open(HttpRequest sse, int count) throws IOException {
        StalledClients stalled = new StalledClients();
        try {
            for (int i = 0; i < count; i++) {
                stalled.sockets.add(connect(sse));
            }
        } catch (IOException e) {
            stalled.close();
            throw e;
        }
        return stalled;
    }

    private static Socket connect(HttpRequest sse) throws IOException {
        URI uri = sse.uri();
        Socket socket = new Socket();
        socket.setReceiveBufferSize(RECEIVE_BUFFER);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 30_000);
        StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                + ":" + uri.getPort() + "\r\nAccept: text/event-stream\r\n");
        sse.headers().firstValue("Authorization").ifPresent(a -> request.append("Authorization: ").append(a)
                .append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    int count() {
        return sockets.size();
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket nobody reads: nothing to report
            }
        }
    }
}

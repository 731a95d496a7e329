package dk.skranke.hardware.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network printer on a local port (TCP 9100 style) that answers every DLE EOT n with "all well" and counts the
 * status requests it got; one connection at a time, as a real one.
 */
public final class FakeNetworkPrinter implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger statusRequests = new AtomicInteger();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    public FakeNetworkPrinter() throws IOException {
        server = new ServerSocket(0);
        Thread t = new Thread(this::serve, "fake-network-printer");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** DLE EOT requests answered so far (a status round asks four). */
    public int statusRequests() {
        return statusRequests.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                int previous2 = -1;
                int previous = -1;
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (previous2 == 0x10 && previous == 0x04 && b >= 1 && b <= 4) {
                        statusRequests.incrementAndGet();
                        out.write(0x12);
                        out.flush();
                    }
                    synchronized (received) {
                        received.write(b);
                    }
                    previous2 = previous;
                    previous = b;
                }
            } catch (IOException e) {
                // the connection or the test is over
            }
        }
    }
}

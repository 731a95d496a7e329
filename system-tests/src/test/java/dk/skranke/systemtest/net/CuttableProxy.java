package dk.skranke.systemtest.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between a kiosk and central that counts the HTTP requests whose request line starts
 * with a marker (e.g. {@code POST /api/v1/branches/sys/offline-tickets}) and, when told to, cuts
 * every connection just before the next such request would pass: the network fails in the middle
 * of a replay, at a known point. While cut it refuses to forward anything.
 */
public final class CuttableProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final byte[] marker;
    private final AtomicInteger passed = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile int cutAfter = Integer.MAX_VALUE;

    public CuttableProxy(int targetPort, String marker) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.marker = marker.getBytes(StandardCharsets.US_ASCII);
        daemon(this::acceptLoop, "proxy-accept");
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Lets {@code more} further marked requests through, then cuts. */
    public void cutAfter(int more) {
        cutAfter = passed.get() + more;
    }

    public void heal() {
        cutAfter = Integer.MAX_VALUE;
    }

    public int passed() {
        return passed.get();
    }

    /** Cuts now: every open connection is closed, and new ones are refused until {@link #heal()}. */
    public void cutNow() {
        cutAfter = passed.get();
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    private boolean isCut() {
        return passed.get() >= cutAfter;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (isCut()) {
                    client.close();
                    continue;
                }
                connect(client);
            } catch (IOException e) {
                return; // the proxy was closed
            }
        }
    }

    /** Joins the client to central; when central is down the client sees its connection closed at once. */
    private void connect(Socket client) {
        try {
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            open.add(client);
            open.add(upstream);
            daemon(() -> pump(client, upstream, true), "proxy-up");
            daemon(() -> pump(upstream, client, false), "proxy-down");
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to, boolean upstream) {
        byte[] buffer = new byte[16 * 1024];
        int matched = 0;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; upstream && i < n; i++) {
                    matched = buffer[i] == marker[matched] ? matched + 1 : (buffer[i] == marker[0] ? 1 : 0);
                    if (matched == marker.length) {
                        matched = 0;
                        if (isCut()) {
                            throw new IOException("cut"); // the marked request never reaches central
                        }
                        passed.incrementAndGet();
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // cut or closed by either side
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(CuttableProxy::closeQuietly);
    }
}

package dk.skranke.hardware.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A network printer on a raw TCP port (usually 9100), which answers status requests on the same connection. */
public final class TcpTransport implements PrinterTransport {
    public static final int DEFAULT_PORT = 9100;
    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("printer host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("printer port must be 1..65535, was " + port);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public String endpoint() {
        return host + ":" + port;
    }

    @Override
    public boolean readsStatus() {
        return true;
    }

    @Override
    public boolean isOpen() {
        return socket != null && socket.isConnected() && !socket.isClosed();
    }

    @Override
    public void open() throws IOException {
        close();
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            s.setTcpNoDelay(true);
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot connect to " + endpoint() + ": " + e.getMessage(), e);
        }
        socket = s;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        requireOpen();
        out.write(bytes);
        out.flush();
    }

    @Override
    public void discardInput() throws IOException {
        requireOpen();
        int available = in.available();
        if (available > 0) {
            in.skipNBytes(available);
        }
    }

    @Override
    public int read(Duration timeout) throws IOException {
        requireOpen();
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            int b = in.read();
            if (b < 0) {
                throw new IOException(endpoint() + " closed the connection");
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection; nothing left to release
            }
            socket = null;
        }
    }

    private void requireOpen() throws IOException {
        if (!isOpen()) {
            throw new IOException(endpoint() + " is not connected");
        }
    }
}

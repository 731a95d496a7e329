package dk.skranke.central.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection driven byte by byte: for requests no HTTP client will send (bad percent escapes,
 * huge headers) and for several requests that must share one keep-alive connection. An event stream's body
 * is not read: its headers are the answer, and the connection is then used up.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean usedUp;

    RawHttp(String host, int port) {
        try {
            socket = new Socket(host, port);
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code method target} with the given extra header lines (each ending in CRLF) and no body. */
    ApiClient.Reply send(String method, String target, String headerLines) {
        return send(method + " " + target + " HTTP/1.1", headerLines, new byte[0]);
    }

    /**
     * Sends a request line of any shape, a Host header, the given header lines (each ending in CRLF) and
     * the body bytes exactly as given (no Content-Length is added).
     */
    ApiClient.Reply send(String requestLine, String headerLines, byte[] body) {
        return exchange(requestLine, headerLines, body, false);
    }

    /** Like {@link #send(String, String, byte[])}, then closes the sending half: the request ends early. */
    ApiClient.Reply sendAndStop(String requestLine, String headerLines, byte[] body) {
        return exchange(requestLine, headerLines, body, true);
    }

    private ApiClient.Reply exchange(String requestLine, String headerLines, byte[] body, boolean stop) {
        String head = requestLine + "\r\nHost: localhost\r\n" + headerLines + "\r\n";
        try {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            if (stop) {
                socket.shutdownOutput();
            }
            return read(requestLine.startsWith("HEAD "));
        } catch (IOException e) {
            throw new UncheckedIOException(requestLine + " got no HTTP response", e);
        }
    }

    /** False once the server said it closes the connection, or a response ran to the end of the stream. */
    boolean reusable() {
        return !usedUp;
    }

    private ApiClient.Reply read(boolean head) throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String contentType = "";
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).trim();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> usedUp |= value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (head || status == 204 || status == 304 || contentType.startsWith("text/event-stream")) {
            usedUp |= contentType.startsWith("text/event-stream");
            return new ApiClient.Reply(status, contentType, "");
        }
        usedUp |= !chunked && length < 0;
        byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
        return new ApiClient.Reply(status, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toByteArray();
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

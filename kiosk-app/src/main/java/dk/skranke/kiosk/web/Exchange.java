package dk.skranke.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.kiosk.issue.KioskError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request to the local server and its answer: path, query, a bounded body, and JSON or byte replies. */
final class Exchange {
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** An oversized body announced up to this size is read and dropped first, so the client sees the 413, not a reset. */
    private static final long DRAIN_CAP = 4L * 1024 * 1024;

    private final HttpExchange http;
    private final ObjectMapper json;
    private final String path;
    private String rest = "";
    private int status;

    Exchange(HttpExchange http, ObjectMapper json) {
        this.http = http;
        this.json = json;
        this.path = http.getRequestURI().getRawPath();
    }

    String method() {
        return http.getRequestMethod();
    }

    /** The path as sent, still percent-encoded (so "%2F" can never become a path separator). */
    String path() {
        return path;
    }

    /** What follows the prefix of a prefix route ({@code /assets/*}); empty for exact routes. */
    String rest() {
        return rest;
    }

    void rest(String rest) {
        this.rest = rest;
    }

    /** The first query parameter {@code name}, URL-decoded; null if absent. */
    String query(String name) {
        String raw = http.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        try {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (decode(eq < 0 ? pair : pair.substring(0, eq)).equals(name)) {
                    return eq < 0 ? "" : decode(pair.substring(eq + 1));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "is not a properly encoded query parameter");
        }
        return null;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The request body as UTF-8 text, at most {@link #MAX_BODY_BYTES}; never reads more than {@link #DRAIN_CAP}. */
    String body() throws IOException {
        InputStream in = http.getRequestBody();
        long announced = contentLength();
        if (announced > MAX_BODY_BYTES) {
            throw tooLarge(in, announced);
        }
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge(in, -1);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private long contentLength() {
        String header = http.getRequestHeaders().getFirst("Content-Length");
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // the JDK server refuses such requests before they get here
        }
    }

    private KioskError tooLarge(InputStream in, long announced) throws IOException {
        if (announced <= DRAIN_CAP) {
            byte[] buffer = new byte[16 * 1024];
            long left = DRAIN_CAP;
            int read = 0;
            while (left > 0 && read >= 0) {
                read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                left -= Math.max(read, 0);
            }
        }
        header("Connection", "close");
        return new KioskError(413, "too-large", "the request body is too large (at most " + MAX_BODY_BYTES
                + " bytes)", Map.of());
    }

    void header(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void json(int status, Object value) throws IOException {
        send(status, "application/json", json.writeValueAsBytes(value));
    }

    void send(int status, String contentType, String text) throws IOException {
        send(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the whole answer at once (a HEAD request gets the headers only). */
    void send(int status, String contentType, byte[] bytes) throws IOException {
        header("Content-Type", contentType);
        this.status = status;
        boolean head = "HEAD".equals(method());
        http.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The status sent, or 0 while nothing was sent. */
    int status() {
        return status;
    }
}

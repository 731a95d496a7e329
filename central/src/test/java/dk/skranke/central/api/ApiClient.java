package dk.skranke.central.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends {@link ApiCall}s over plain HTTP/1.1 without touching the path, and keeps status, content type and
 * body; an event stream is closed as soon as its headers arrive, so a test never waits on it.
 */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private static HttpClient fresh() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Reply send(ApiCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + call.path()))
                .timeout(Duration.ofSeconds(10))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.token() != null) {
            request.setHeader("Authorization", "Bearer " + call.token());
        }
        if (call.body() != null) {
            request.setHeader("Content-Type", "application/json");
        }
        call.headers().forEach(request::setHeader);
        try {
            // After refusing an oversized body the server closes the connection; such a request gets a
            // connection of its own so no later request lands on a connection being closed.
            HttpClient sender = call.body() != null && call.body().length() > 64 * 1024 ? fresh() : client;
            HttpResponse<InputStream> response = sender.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                String body = contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Reply(response.statusCode(), contentType, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(call + " failed without an HTTP response", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back; the body is empty for an event stream. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}

package dk.skranke.tools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A server the bench measures (the real central or the bare baseline); both go through the same phases. */
interface Target {
    Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** "central" (or "sqlite" and "postgres" when the bench measures central on both) or "bare", for the report. */
    String label();

    /** What one unit of the throughput phase is, for the report. */
    String loadName();

    /** The {@code i}-th request of the throughput phase. */
    HttpRequest loadRequest(long i);

    int loadStatus();

    /** What triggers an event in the call phase, for the report. */
    String callName();

    HttpRequest sseRequest();

    /** CPU time the server process has used so far, in nanoseconds; -1 when unknown (not our child). */
    long serverCpuNanos();

    /** The SSE clients the server itself counts. */
    int liveSubscribers(HttpClient http) throws IOException, InterruptedException;

    /** The SSE clients the server counts as behind (events waiting for them); -1 if it does not tell. */
    default int subscribersBehind(HttpClient http) throws IOException, InterruptedException {
        return -1;
    }

    /** Untimed preparation of one call (central: issue a ticket and wait until every client saw it). */
    void beforeCall(HttpClient http, CallWatch watch, Duration timeout) throws IOException, InterruptedException;

    /** Triggers one call and returns the key of the event that every client must receive. */
    String call(HttpClient http, long i, int payloadBytes) throws IOException, InterruptedException;

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static HttpRequest postJson(String url, String token, String json) {
        return request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpRequest sse(String url, String token) {
        return request(url, token).timeout(Duration.ofDays(1)).header("Accept", "text/event-stream").GET().build();
    }

    /** Sends and insists on the status; the message names the request. */
    static String send(HttpClient http, HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response.body();
    }

    /** The integer after {@code "field":} in a small JSON body; -1 if absent. */
    static int intField(String json, String field) {
        String marker = "\"" + field + "\":";
        int start = json.indexOf(marker);
        if (start < 0) {
            return -1;
        }
        int end = start += marker.length();
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end == start ? -1 : Integer.parseInt(json.substring(start, end));
    }

    /** The string after {@code "field":"} in a small JSON body; null if absent. */
    static String textField(String json, String field) {
        String marker = "\"" + field + "\":\"";
        int start = json.indexOf(marker);
        if (start < 0) {
            return null;
        }
        start += marker.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }
}

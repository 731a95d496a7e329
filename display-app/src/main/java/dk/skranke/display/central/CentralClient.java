package dk.skranke.display.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.display.config.DisplayConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's API v1 over java.net.http: reads with the display token, desk commands with the desk's own token.
 * Every request has the configured timeout; a timeout, a refused connection or a 5xx throws
 * {@link CentralUnreachableException}, a 2xx-4xx is returned as an answer. Tokens are never logged.
 */
public final class CentralClient {
    private static final Logger log = LoggerFactory.getLogger(CentralClient.class);

    private final DisplayConfig.Central config;
    private final ObjectMapper json;
    private final HttpClient http;

    public CentralClient(DisplayConfig.Central config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private String branchPath() {
        return "/branches/" + config.branch();
    }

    public CentralAnswer branch() {
        return send(request(branchPath(), config.token()).GET().build(), branchPath());
    }

    public CentralAnswer queue() {
        return send(request(branchPath() + "/queue", config.token()).GET().build(), branchPath() + "/queue");
    }

    public CentralAnswer next(String desk, String deskToken, String clientRequestId) {
        return post(branchPath() + "/desks/" + desk + "/next", deskToken, Map.of("clientRequestId", clientRequestId));
    }

    /** {@code pause} or {@code open} at the desk. */
    public CentralAnswer deskCommand(String desk, String command, String deskToken) {
        return post(branchPath() + "/desks/" + desk + "/" + command, deskToken, Map.of());
    }

    public CentralAnswer recall(String ticketId, String deskToken) {
        return post("/tickets/" + ticketId + "/recall", deskToken, Map.of());
    }

    public CentralAnswer heartbeat(Map<String, Object> body) {
        return post("/devices/" + config.device() + "/heartbeat", config.token(), body);
    }

    /**
     * Opens the branch's event stream, resuming after {@code lastEventId} when it is not negative. The request
     * timeout covers the wait for the response headers; the body streams for as long as central keeps it open.
     */
    public HttpResponse<InputStream> openEvents(long lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(branchPath() + "/events", config.token())
                .setHeader("Accept", "text/event-stream").header("Cache-Control", "no-cache");
        if (lastEventId >= 0) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private CentralAnswer post(String path, String token, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body for " + path, e);
        }
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), path);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(config.timeout())
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private CentralAnswer send(HttpRequest request, String path) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw unreachable(path, "no answer within " + config.timeout().toMillis() + " ms");
        } catch (IOException e) {
            throw unreachable(path, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(path, "interrupted");
        }
        if (response.statusCode() >= 500) {
            throw unreachable(path, "status " + response.statusCode());
        }
        return new CentralAnswer(response.statusCode(), parse(response.body()));
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static CentralUnreachableException unreachable(String path, String why) {
        log.debug("central request failed path={} reason=\"{}\"", path, why);
        return new CentralUnreachableException("central is unreachable (" + why + ")");
    }
}

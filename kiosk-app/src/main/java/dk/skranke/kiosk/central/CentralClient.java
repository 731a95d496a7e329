package dk.skranke.kiosk.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.kiosk.config.KioskConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's API v1 over java.net.http with the kiosk's bearer token. Every request has the configured
 * timeout; a timeout, a refused connection or a 5xx throws {@link CentralUnreachableException}, a 2xx-4xx
 * is returned as an answer. Request bodies and the token are never logged.
 */
public final class CentralClient {
    private static final Logger log = LoggerFactory.getLogger(CentralClient.class);

    private final KioskConfig.Central config;
    private final ObjectMapper json;
    /** How long a citizen's ticket waits for central while central is known to be unreachable. */
    public static final Duration OFFLINE_PROBE = Duration.ofMillis(300);

    private final Connectivity connectivity;
    private final HttpClient http;

    public CentralClient(KioskConfig.Central config, ObjectMapper json, Connectivity connectivity) {
        this.config = config;
        this.json = json;
        this.connectivity = connectivity;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER);
        if (config.url().startsWith("http://")) {
            builder.sslContext(NoTls.context());
        }
        this.http = builder.build();
    }

    private String branchPath() {
        return "/branches/" + config.branch();
    }

    public CentralAnswer branch() {
        return get(branchPath());
    }

    public CentralAnswer queue() {
        return get(branchPath() + "/queue");
    }

    /**
     * Asks central for a ticket. While central is known to be unreachable the citizen waits at most
     * {@link #OFFLINE_PROBE} before the kiosk issues offline; heartbeats and the replay keep the full
     * timeout and notice when central is back.
     */
    public CentralAnswer issueTicket(String service, String language, String clientRequestId) {
        Duration timeout = connectivity.online() ? config.timeout() : shorter(config.timeout(), OFFLINE_PROBE);
        return post(branchPath() + "/tickets", Map.of("service", service, "language", language,
                "clientRequestId", clientRequestId), timeout);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public CentralAnswer checkIn(String code, String language) {
        return post(branchPath() + "/check-ins", Map.of("code", code, "language", language));
    }

    public CentralAnswer reserveNumbers(String service, int size, String clientRequestId) {
        return post(branchPath() + "/number-blocks", Map.of("service", service, "size", size,
                "clientRequestId", clientRequestId));
    }

    public CentralAnswer uploadOfflineTicket(Map<String, Object> ticket) {
        return post(branchPath() + "/offline-tickets", ticket);
    }

    public CentralAnswer sendNudge(Map<String, Object> nudge) {
        return post(branchPath() + "/nudges", nudge);
    }

    public CentralAnswer heartbeat(Map<String, Object> body) {
        return post("/devices/" + config.device() + "/heartbeat", body);
    }

    private CentralAnswer get(String path) {
        return send(request(path).GET().build(), path);
    }

    private CentralAnswer post(String path, Object body) {
        return post(path, body, config.timeout());
    }

    private CentralAnswer post(String path, Object body, Duration timeout) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body for " + path, e);
        }
        return send(request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(config.timeout())
                .header("Authorization", "Bearer " + config.token()).header("Accept", "application/json");
    }

    private CentralAnswer send(HttpRequest request, String path) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw unreachable(path, "no answer within "
                    + request.timeout().orElse(config.timeout()).toMillis() + " ms");
        } catch (IOException e) {
            throw unreachable(path, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(path, "interrupted");
        }
        if (response.statusCode() >= 500) {
            throw unreachable(path, "status " + response.statusCode());
        }
        connectivity.reached();
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

    private CentralUnreachableException unreachable(String path, String why) {
        log.debug("central request failed path={} reason=\"{}\"", path, why);
        connectivity.unreachable(why);
        return new CentralUnreachableException("central is unreachable (" + why + ")");
    }
}

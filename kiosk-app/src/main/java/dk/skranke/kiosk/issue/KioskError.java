package dk.skranke.kiosk.issue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.client.CentralAnswer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer the page gets as {@code {"error","message",...}} with an HTTP status; thrown, mapped once in the web layer. */
public final class KioskError extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public KioskError(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = new LinkedHashMap<>(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra fields of the answer; values may be null (central's {@code "opensAt": null} passes through as is). */
    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }

    /** No ticket can be issued now (central unreachable and no number left, or central misconfigured). */
    public static KioskError unavailable(String message) {
        return new KioskError(503, "unavailable", message, Map.of());
    }

    /** Central is needed (check-in) but unreachable. */
    public static KioskError offline() {
        return new KioskError(503, "offline", "central is unreachable; this needs central", Map.of());
    }

    /** Central's own 4xx answer, status and fields as they are. */
    public static KioskError passThrough(CentralAnswer answer) {
        Map<String, Object> details = new LinkedHashMap<>();
        answer.body().fields().forEachRemaining(f -> {
            if (!f.getKey().equals("error") && !f.getKey().equals("message")) {
                details.put(f.getKey(), plain(f.getValue()));
            }
        });
        return new KioskError(answer.status(), answer.error(), answer.body().path("message").asText(""), details);
    }

    private static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value;
    }
}

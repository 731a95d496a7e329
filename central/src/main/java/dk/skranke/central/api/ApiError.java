package dk.skranke.central.api;

import java.util.Map;

/** An HTTP error decided in the API layer (auth, malformed input) with its stable code. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiError(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    static ApiError unauthorized() {
        return new ApiError(401, "unauthorized", "a valid bearer token is required (Authorization: Bearer <token>)");
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not-found", message);
    }
}

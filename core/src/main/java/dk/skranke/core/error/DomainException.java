package dk.skranke.core.error;

import java.util.Map;

/** Base of every expected failure in the domain; the API maps each kind to one HTTP status. */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final Map<String, Object> details;

    protected DomainException(String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /** A stable, machine-readable error code such as {@code closed} or {@code too-early}. */
    public String code() {
        return code;
    }

    /** Extra fields for the error body, e.g. {@code opensAt}. */
    public Map<String, Object> details() {
        return details;
    }
}

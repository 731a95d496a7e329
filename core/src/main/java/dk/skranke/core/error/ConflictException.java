package dk.skranke.core.error;

import java.util.Map;

/** A valid request that the current state does not allow (closed, too early, wrong ticket state). */
public final class ConflictException extends DomainException {
    public ConflictException(String code, String message) {
        this(code, message, Map.of());
    }

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}

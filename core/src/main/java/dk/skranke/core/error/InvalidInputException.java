package dk.skranke.core.error;

import java.util.Map;

/** Input that can never be accepted as sent; names the offending field. */
public final class InvalidInputException extends DomainException {
    public InvalidInputException(String field, String message) {
        super("invalid-input", field + ": " + message, Map.of("field", field));
    }
}

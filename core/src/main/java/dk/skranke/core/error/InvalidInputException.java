package dk.skranke.core.error;

import java.util.Map;

/** Input that can never be accepted as sent; names the offending field. */
public final class InvalidInputException extends DomainException {
    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super("invalid-input", field + ": " + reason, Map.of("field", field));
        this.field = field;
        this.reason = reason;
    }

    /** The offending field, possibly a path such as {@code services[1].prefix}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String reason() {
        return reason;
    }
}

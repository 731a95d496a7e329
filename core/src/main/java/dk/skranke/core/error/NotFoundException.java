package dk.skranke.core.error;

import java.util.Map;

/** A referenced thing (ticket, desk, branch, booking code) does not exist. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super("not-found", what + " '" + id + "' was not found", Map.of("what", what));
    }

    public NotFoundException(String code, String what, String message) {
        super(code, message, Map.of("what", what));
    }
}

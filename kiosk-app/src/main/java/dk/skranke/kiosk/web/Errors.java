package dk.skranke.kiosk.web;

import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.DomainException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.kiosk.issue.KioskError;
import dk.skranke.kiosk.journal.JournalException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to one JSON shape, {@code {"error","message",...}}; never a stack trace. */
final class Errors {
    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** Answers a failure of a handler; logs only the unexpected ones, with the path (never the query or body). */
    static void answer(Exchange exchange, Exception failure) throws IOException {
        if (failure instanceof KioskError e) {
            write(exchange, e.status(), e.code(), e.getMessage(), e.details());
        } else if (failure instanceof DomainException e) {
            write(exchange, statusOf(e), e.code(), e.getMessage(), e.details());
        } else if (failure instanceof JournalException) {
            log.error("journal failure path={}", exchange.path(), failure);
            write(exchange, 503, "unavailable", "the kiosk cannot write its journal; nothing was issued", Map.of());
        } else if (failure instanceof IOException) {
            log.warn("request not read path={} reason={}", exchange.path(), failure.toString());
            write(exchange, 400, "bad-request", "the request could not be read", Map.of());
        } else {
            log.error("unexpected failure path={}", exchange.path(), failure);
            write(exchange, 500, "internal", "an unexpected error occurred", Map.of());
        }
    }

    static void notFound(Exchange exchange) throws IOException {
        write(exchange, 404, "not-found", "no such resource: " + exchange.method() + " " + exchange.path(), Map.of());
    }

    static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return 400; // InvalidInputException and anything else the caller got wrong
    }

    private static void write(Exchange exchange, int status, String code, String message, Map<String, Object> details)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        details.forEach(body::putIfAbsent);
        exchange.json(status, body);
    }
}

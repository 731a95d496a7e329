package dk.skranke.kiosk.web;

import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.DomainException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.kiosk.issue.KioskError;
import dk.skranke.kiosk.journal.JournalException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to one JSON shape, {@code {"error","message",...}}; never a stack trace. */
final class Errors {
    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void install(JavalinConfig cfg) {
        cfg.routes.exception(KioskError.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(),
                e.details()));
        cfg.routes.exception(DomainException.class, (e, ctx) -> write(ctx, statusOf(e), e.code(), e.getMessage(),
                e.details()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                ctx.header("Connection", "close");
            }
            write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getStatus() == 413 ? "the request body is too large "
                    + "(at most " + KioskServer.MAX_BODY_BYTES + " bytes)" : "request failed", Map.of());
        });
        cfg.routes.exception(JournalException.class, (e, ctx) -> {
            log.error("journal failure path={}", ctx.path(), e);
            write(ctx, 503, "unavailable", "the kiosk cannot write its journal; nothing was issued", Map.of());
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure path={}", ctx.path(), e);
            write(ctx, 500, "internal", "an unexpected error occurred", Map.of());
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "not-found", "no such resource: " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        cfg.routes.error(405, ctx -> write(ctx, 405, "method-not-allowed", "method " + ctx.method()
                + " is not allowed here", Map.of()));
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

    static String codeOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    static void write(Context ctx, int status, String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        details.forEach(body::putIfAbsent);
        ctx.status(status).json(body);
    }
}

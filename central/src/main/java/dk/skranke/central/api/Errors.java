package dk.skranke.central.api;

import dk.skranke.central.store.StorageException;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.DomainException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.error.NotFoundException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to one JSON shape, {"error","message",...}; never a stack trace. */
final class Errors {
    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    static final String UNEXPECTED = "an unexpected error occurred; the request may have taken effect:"
            + " repeat it with the same clientRequestId to get what was stored";

    private Errors() {
    }

    static void install(JavalinConfig cfg) {
        cfg.routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(),
                e.details()));
        cfg.routes.exception(DomainException.class, (e, ctx) -> write(ctx, statusOf(e), e.code(), e.getMessage(),
                e.details()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                ctx.header("Connection", "close"); // the unread rest of the body makes the connection unusable
            }
            write(ctx, e.getStatus(), codeOf(e.getStatus()), messageOf(e), Map.of());
        });
        cfg.routes.exception(StorageException.class, (e, ctx) -> {
            log.error("storage failure path={}", Paths.safe(ctx.path()), e);
            write(ctx, 503, "storage-unavailable", "the database is not available; nothing was changed", Map.of());
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure path={}", Paths.safe(ctx.path()), e);
            // It may come after a commit (answering "nothing was changed" once made a caller issue twice).
            write(ctx, 500, "internal", UNEXPECTED, Map.of());
        });
        cfg.routes.error(404, ctx -> {
            String result = ctx.result();
            if (result == null || result.isEmpty()) {
                write(ctx, 404, "not-found", "no such resource: " + ctx.method() + " " + Paths.safe(ctx.path()),
                        Map.of());
            }
        });
        cfg.routes.error(405, ctx -> write(ctx, 405, "method-not-allowed", "method " + ctx.method()
                + " is not allowed here", Map.of()));
    }

    static int statusOf(DomainException e) {
        if (e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return 400;
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            case 505 -> "http-version-not-supported";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    private static String messageOf(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "the request body is too large (at most " + CentralApp.MAX_BODY_BYTES + " bytes)";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "request failed" : e.getMessage();
    }

    static void write(Context ctx, int status, String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        details.forEach(body::putIfAbsent);
        ctx.status(status).json(body);
    }
}

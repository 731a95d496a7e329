package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DESK;
import static dk.skranke.central.auth.Role.DISPLAY;
import static dk.skranke.central.auth.Role.KIOSK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.events.EventHub;
import dk.skranke.core.error.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

/** The per-branch Server-Sent Events stream, resumable with Last-Event-ID. */
final class EventRoutes {
    private static final String PATH = "/api/v1/branches/{branch}/events";
    private static final String LAST_ID = "skranke.lastEventId";

    private final BranchRegistry branches;
    private final EventHub hub;
    private final Auth auth;

    EventRoutes(BranchRegistry branches, EventHub hub, Auth auth) {
        this.branches = branches;
        this.hub = hub;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        // Checks run before the stream starts: once it has, no error status can be sent.
        cfg.routes.before(PATH, this::authorise);
        cfg.routes.sse(PATH, this::stream);
    }

    private void authorise(Context ctx) {
        if (!"GET".equals(ctx.method().name())) {
            return;
        }
        String branch = BranchRoutes.branchParam(ctx);
        auth.require(ctx, branch, DISPLAY, DESK, STAFF, KIOSK, ADMIN);
        branches.branch(branch);
        ctx.attribute(LAST_ID, lastEventId(ctx));
    }

    private void stream(SseClient client) {
        Context ctx = client.ctx();
        client.keepAlive();
        Runnable unsubscribe = hub.subscribe(ctx.pathParam("branch"), ctx.attribute(LAST_ID), new SseSink(client));
        client.onClose(unsubscribe);
    }

    private static Long lastEventId(Context ctx) {
        String value = ctx.header("Last-Event-ID");
        if (value == null || value.isBlank()) {
            value = ctx.queryParam("lastEventId");
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Last-Event-ID", "must be a non-negative event id");
        }
    }
}

package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DESK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.engine.BranchEngine;
import dk.skranke.central.engine.BranchRegistry;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** Desk endpoints: call the next citizen, pause and open. */
final class DeskRoutes {
    private final BranchRegistry branches;
    private final Auth auth;

    DeskRoutes(BranchRegistry branches, Auth auth) {
        this.branches = branches;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/branches/{branch}/desks/{desk}/next", this::next);
        cfg.routes.post("/api/v1/branches/{branch}/desks/{desk}/pause", ctx -> setOpen(ctx, false));
        cfg.routes.post("/api/v1/branches/{branch}/desks/{desk}/open", ctx -> setOpen(ctx, true));
    }

    private void next(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, DESK, STAFF, ADMIN);
        String desk = deskParam(ctx, who);
        String clientRequestId = Body.of(ctx).clientRequestId();
        BranchEngine engine = branches.branch(branch).engine();
        var called = engine.next(desk, clientRequestId, who.id());
        if (called.isPresent()) {
            ctx.json(called.get());
        } else {
            ctx.status(204);
        }
    }

    private void setOpen(Context ctx, boolean open) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, DESK, STAFF, ADMIN);
        String desk = deskParam(ctx, who);
        Body.of(ctx);
        BranchEngine engine = branches.branch(branch).engine();
        engine.setDeskOpen(desk, open, who.id());
        ctx.json(engine.queue().desks().stream().filter(d -> d.id().equals(desk)).findFirst().orElseThrow());
    }

    private String deskParam(Context ctx, ApiToken who) {
        String desk = ctx.pathParam("desk");
        if (!Paths.isId(desk)) {
            throw ApiError.notFound("no desk '" + desk + "'");
        }
        Optional.of(desk).ifPresent(d -> Auth.requireDesk(who, d));
        branches.branch(BranchRoutes.branchParam(ctx)).engine().branch().desk(desk);
        return desk;
    }
}

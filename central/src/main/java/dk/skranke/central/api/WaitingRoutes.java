package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DESK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.WaitingTickets;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /branches/{b}/waiting}: the waiting numbers per service, for the staff console. */
final class WaitingRoutes {
    private final BranchRegistry branches;
    private final WaitingTickets waiting;
    private final Auth auth;

    WaitingRoutes(BranchRegistry branches, WaitingTickets waiting, Auth auth) {
        this.branches = branches;
        this.waiting = waiting;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/api/v1/branches/{branch}/waiting", this::waiting);
    }

    private void waiting(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        auth.require(ctx, branch, DESK, STAFF, ADMIN);
        branches.branch(branch);
        ctx.json(Map.of("services", waiting.of(branch).entrySet().stream().map(e -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service", e.getKey());
            service.put("tickets", e.getValue());
            return service;
        }).toList()));
    }
}

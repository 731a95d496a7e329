package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DISPLAY;
import static dk.skranke.central.auth.Role.KIOSK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.Devices;
import dk.skranke.core.error.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** Device heartbeats, the device list, and number blocks for offline issuing. */
final class DeviceRoutes {
    static final Set<String> PRINTER_STATES = Set.of("ok", "near-end", "paper-out", "cover-open", "cutter-error",
            "offline", "unknown");

    private final BranchRegistry branches;
    private final Auth auth;

    DeviceRoutes(BranchRegistry branches, Auth auth) {
        this.branches = branches;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/devices/{device}/heartbeat", this::heartbeat);
        cfg.routes.get("/api/v1/branches/{branch}/devices", this::list);
        cfg.routes.post("/api/v1/branches/{branch}/number-blocks", this::reserve);
    }

    /** A device reports for itself, in its token's (single) branch. */
    private void heartbeat(Context ctx) {
        String device = ctx.pathParam("device");
        ApiToken who = auth.require(ctx, null, KIOSK, DISPLAY);
        if (!device.equals(who.id())) {
            throw ApiError.forbidden("a device may only report for itself ('" + who.id() + "')");
        }
        Body body = Body.of(ctx);
        String printer = body.optionalText("printer", 20);
        if (printer != null && !PRINTER_STATES.contains(printer)) {
            throw new InvalidInputException("printer", "must be one of " + new java.util.TreeSet<>(PRINTER_STATES));
        }
        String version = body.optionalText("version", 40);
        String branch = who.branches().iterator().next();
        ctx.json(branches.branch(branch).devices().heartbeat(device, who.role().wire(), printer, version,
                body.raw("details"), who.id()));
    }

    private void list(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        auth.require(ctx, branch, STAFF, ADMIN);
        ctx.json(branches.branch(branch).devices().all());
    }

    private void reserve(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, KIOSK);
        Body body = Body.of(ctx);
        String service = body.text("service", 40);
        int size = body.integer("size", 1, 500);
        Devices.Reserved reserved = branches.branch(branch).devices().reserveNumbers(service, size, who.id(),
                body.clientRequestId(), who.id());
        ctx.status(reserved.created() ? 201 : 200).json(reserved.block());
    }
}

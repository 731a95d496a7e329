package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DESK;
import static dk.skranke.central.auth.Role.DISPLAY;
import static dk.skranke.central.auth.Role.INTEGRATION;
import static dk.skranke.central.auth.Role.KIOSK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.Role;
import dk.skranke.central.engine.BranchEngine;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.ticket.NudgeOutcome;
import dk.skranke.core.ticket.Outcome;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ticket endpoints: issue, read, and every state change of one ticket. */
final class TicketRoutes {
    private final BranchRegistry branches;
    private final Auth auth;

    TicketRoutes(BranchRegistry branches, Auth auth) {
        this.branches = branches;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/branches/{branch}/tickets", this::issue);
        cfg.routes.post("/api/v1/branches/{branch}/nudges", this::nudge);
        cfg.routes.get("/api/v1/tickets/{id}", this::read);
        cfg.routes.get("/api/v1/public/tickets/{token}", this::readPublic);
        cfg.routes.post("/api/v1/tickets/{id}/recall", ctx -> atDesk(ctx, (e, id, who) -> e.recall(id, who)));
        cfg.routes.post("/api/v1/tickets/{id}/start", ctx -> atDesk(ctx, (e, id, who) -> e.start(id, who)));
        cfg.routes.post("/api/v1/tickets/{id}/no-show", ctx -> atDesk(ctx, (e, id, who) -> e.noShow(id, who)));
        cfg.routes.post("/api/v1/tickets/{id}/cancel", ctx -> atDesk(ctx, (e, id, who) -> e.cancel(id, who)));
        cfg.routes.post("/api/v1/tickets/{id}/finish", this::finish);
        cfg.routes.post("/api/v1/tickets/{id}/transfer", this::transfer);
    }

    private void issue(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, KIOSK, STAFF, ADMIN);
        Body body = Body.of(ctx);
        String service = body.text("service", 40);
        BranchEngine.Issued issued = branches.branch(branch).engine().issue(service, body.language(),
                body.clientRequestId(), who.id());
        ctx.status(201).json(issued.ticket());
    }

    /** The kiosk reports what the citizen chose when shown the digital alternative. */
    private void nudge(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, KIOSK, STAFF, ADMIN);
        Body body = Body.of(ctx);
        String service = body.text("service", 40);
        NudgeOutcome outcome = NudgeOutcome.fromWire(body.text("outcome", 20));
        ctx.status(201).json(branches.branch(branch).nudges().record(service, outcome, body.language(),
                body.clientRequestId(), who.id()));
    }

    private void read(Context ctx) {
        String id = ticketParam(ctx);
        String branch = branches.branchOfTicket(id);
        auth.require(ctx, branch, Role.values());
        ctx.json(branches.branch(branch).engine().view(id));
    }

    /** The citizen's view through the unguessable token: no auth, no personal data, no ids. */
    private void readPublic(Context ctx) {
        String token = ctx.pathParam("token");
        if (!Paths.isId(token)) {
            throw ApiError.notFound("no such ticket");
        }
        var ticket = branches.byPublicToken(token).orElseThrow(() -> ApiError.notFound("no such ticket"));
        TicketView view = branches.branch(ticket.branch()).engine().view(ticket.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", view.number());
        body.put("branch", view.branch());
        body.put("service", view.service());
        body.put("kind", view.kind());
        body.put("status", view.status());
        body.put("issuedAt", view.issuedAt());
        body.put("calledAt", view.calledAt());
        body.put("desk", view.desk());
        body.put("waitingAhead", view.waitingAhead());
        body.put("estimatedWaitMinutes", view.estimatedWaitMinutes());
        ctx.header("Cache-Control", "no-store").json(body);
    }

    private void finish(Context ctx) {
        atDesk(ctx, (engine, id, who) -> engine.finish(id, Body.of(ctx).texts("outcomes", 10).stream()
                .map(Outcome::fromWire).distinct().toList(), who));
    }

    private void transfer(Context ctx) {
        String id = ticketParam(ctx);
        String branch = branches.branchOfTicket(id);
        ApiToken who = auth.require(ctx, branch, STAFF, ADMIN);
        String service = Body.of(ctx).text("service", 40);
        ctx.json(branches.branch(branch).engine().transfer(id, service, who.id()));
    }

    /** A change by desk or staff; a desk token bound to a desk may only touch tickets at that desk. */
    private void atDesk(Context ctx, TicketAction action) {
        String id = ticketParam(ctx);
        String branch = branches.branchOfTicket(id);
        ApiToken who = auth.require(ctx, branch, DESK, STAFF, ADMIN);
        BranchEngine engine = branches.branch(branch).engine();
        if (who.role() == DESK && who.desk() != null) {
            Auth.requireDesk(who, engine.view(id).desk());
        }
        ctx.json(action.apply(engine, id, who.id()));
    }

    static String ticketParam(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Paths.isId(id)) {
            throw ApiError.notFound("no ticket has id '" + id + "'");
        }
        return id;
    }

    /** One ticket state change. */
    @FunctionalInterface
    private interface TicketAction {
        TicketView apply(BranchEngine engine, String ticketId, String actor);
    }

}

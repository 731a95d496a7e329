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
import dk.skranke.central.engine.OfflineTickets;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.NudgeOutcome;
import dk.skranke.core.ticket.Outcome;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.regex.Pattern;

/** Ticket endpoints: issue, read, and every state change of one ticket. */
final class TicketRoutes {
    private static final Pattern NUMBER = Pattern.compile("[A-Z][0-9]{3,9}");
    private static final Pattern PUBLIC_TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,64}");

    private final BranchRegistry branches;
    private final Auth auth;

    TicketRoutes(BranchRegistry branches, Auth auth) {
        this.branches = branches;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/branches/{branch}/tickets", this::issue);
        cfg.routes.post("/api/v1/branches/{branch}/offline-tickets", this::uploadOffline);
        cfg.routes.post("/api/v1/branches/{branch}/nudges", this::nudge);
        cfg.routes.get("/api/v1/tickets/{id}", this::read);
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

    /** A kiosk replays a ticket it issued from its number block while central was unreachable. */
    private void uploadOffline(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, KIOSK);
        Body body = Body.of(ctx);
        String clientRequestId = body.requiredClientRequestId();
        String service = body.text("service", 40);
        String number = body.text("number", 20, NUMBER, "must be a ticket number: the service prefix and at least"
                + " three digits, e.g. P054");
        Language language = body.language();
        Instant issuedAt = body.dateTime("issuedAt").toInstant();
        String publicToken = body.text("publicToken", 64, PUBLIC_TOKEN, "must be 32-64 random characters of"
                + " A-Z a-z 0-9 _ -");
        OfflineTickets.Stored stored = branches.branch(branch).offlineTickets().upload(new OfflineTickets.Upload(
                service, number, language, issuedAt, publicToken, clientRequestId, who.id()), who.id());
        ctx.status(stored.created() ? 201 : 200).json(stored.ticket());
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

package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.DESK;
import static dk.skranke.central.auth.Role.DISPLAY;
import static dk.skranke.central.auth.Role.KIOSK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.auth.Role;
import dk.skranke.central.engine.BranchEngine;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.QueueSnapshot;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.TimeInterval;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Branch-wide reads: configuration with today's hours, and the queue overview. */
final class BranchRoutes {
    private final BranchRegistry branches;
    private final Auth auth;
    private final Clock clock;

    BranchRoutes(BranchRegistry branches, Auth auth, Clock clock) {
        this.branches = branches;
        this.auth = auth;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/api/v1/branches/{branch}", this::branch);
        cfg.routes.get("/api/v1/branches/{branch}/queue", this::queue);
    }

    static String branchParam(Context ctx) {
        String branch = ctx.pathParam("branch");
        if (!Paths.isId(branch)) {
            throw ApiError.notFound("no branch '" + branch + "'");
        }
        return branch;
    }

    private void branch(Context ctx) {
        String id = branchParam(ctx);
        auth.require(ctx, id, Role.values());
        BranchEngine engine = branches.branch(id).engine();
        Branch branch = engine.branch();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", branch.id());
        body.put("name", branch.name());
        body.put("services", branch.services().stream().map(BranchRoutes::service).toList());
        body.put("desks", branch.desks().stream().map(BranchRoutes::desk).toList());
        body.put("today", today(branch));
        body.put("statusBaseUrl", engine.statusBaseUrl());
        ctx.json(body);
    }

    private void queue(Context ctx) {
        String id = branchParam(ctx);
        auth.require(ctx, id, DISPLAY, STAFF, ADMIN, DESK, KIOSK);
        QueueSnapshot queue = branches.branch(id).engine().queue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("services", queue.waiting().entrySet().stream().map(e -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service", e.getKey());
            service.put("waiting", e.getValue());
            service.put("estimatedWaitMinutes", queue.estimatedWaitMinutes().get(e.getKey()));
            return service;
        }).toList());
        body.put("desks", queue.desks());
        ctx.json(body);
    }

    private static Map<String, Object> desk(Desk d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("name", d.name());
        view.put("services", d.services());
        view.put("order", d.order().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return view;
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("name", s.name());
        view.put("prefix", s.prefix());
        view.put("category", s.category());
        view.put("selfServiceUrl", s.selfServiceUrl());
        view.put("nudge", s.nudge());
        view.put("defaultServiceMinutes", s.defaultServiceTime().toMinutes());
        return view;
    }

    private Map<String, Object> today(Branch branch) {
        Instant now = clock.instant();
        LocalDate date = now.atZone(branch.hours().zone()).toLocalDate();
        DaySchedule schedule = branch.hours().scheduleFor(date);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", date.toString());
        view.put("intervals", schedule.intervals().stream().map(TimeInterval::format).toList());
        view.put("appointmentOnly", schedule.appointmentOnly());
        view.put("openNow", branch.hours().isOpen(now));
        view.put("closedFor", branch.hours().closingHoliday(date).map(h -> h.name()).orElse(null));
        view.put("nextOpening", branch.hours().nextOpening(now, false).map(t -> t.toOffsetDateTime()).orElse(null));
        view.put("nextWalkInOpening", branch.hours().nextOpening(now, true).map(t -> t.toOffsetDateTime())
                .orElse(null));
        return view;
    }

}

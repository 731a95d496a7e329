package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.INTEGRATION;
import static dk.skranke.central.auth.Role.KIOSK;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.CheckIns;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.appointment.Appointment;
import dk.skranke.core.error.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Appointments from booking systems, and check-in at the kiosk. */
final class AppointmentRoutes {
    private final BranchRegistry branches;
    private final Auth auth;

    AppointmentRoutes(BranchRegistry branches, Auth auth) {
        this.branches = branches;
        this.auth = auth;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/branches/{branch}/appointments", this::book);
        cfg.routes.get("/api/v1/branches/{branch}/appointments", this::list);
        cfg.routes.post("/api/v1/branches/{branch}/check-ins", this::checkIn);
    }

    private void book(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, INTEGRATION, ADMIN);
        Body body = Body.of(ctx);
        CheckIns checkIns = branches.branch(branch).checkIns();
        Appointment booked = checkIns.book(body.text("service", 40), body.dateTime("start"),
                body.integer("durationMinutes", 1, 480), body.optionalText("code", 40),
                body.optionalText("reference", 100), who.id());
        ctx.status(201).json(view(booked, zone(branch)));
    }

    private void list(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        auth.require(ctx, branch, STAFF, ADMIN, INTEGRATION);
        String dateParam = ctx.queryParam("date");
        if (dateParam == null || dateParam.isBlank()) {
            throw new InvalidInputException("date", "is required, e.g. ?date=2026-11-23");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateParam);
            Body.requireSaneYear("date", date.getYear());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date such as 2026-11-23");
        }
        ZoneId zone = zone(branch);
        ctx.json(branches.branch(branch).checkIns().on(date).stream().map(a -> view(a, zone)).toList());
    }

    private void checkIn(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        ApiToken who = auth.require(ctx, branch, KIOSK, STAFF, ADMIN);
        Body body = Body.of(ctx);
        CheckIns.CheckedIn result = branches.branch(branch).checkIns().checkIn(body.text("code", 40),
                body.language(), who.id());
        TicketView ticket = result.ticket();
        ctx.status(result.created() ? 201 : 200).json(ticket);
    }

    private ZoneId zone(String branch) {
        return branches.branch(branch).engine().branch().hours().zone();
    }

    private static Map<String, Object> view(Appointment a, ZoneId zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("branch", a.branch());
        view.put("service", a.service());
        view.put("start", TicketView.at(a.start(), zone));
        view.put("durationMinutes", a.duration().toMinutes());
        view.put("code", a.code());
        view.put("reference", a.reference());
        view.put("checkedInAt", TicketView.at(a.checkedInAt(), zone));
        view.put("ticketId", a.ticketId());
        return view;
    }
}

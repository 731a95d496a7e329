package dk.skranke.central.api;

import static dk.skranke.central.auth.Role.ADMIN;
import static dk.skranke.central.auth.Role.INTEGRATION;
import static dk.skranke.central.auth.Role.STAFF;

import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.reports.Grouping;
import dk.skranke.central.reports.Report;
import dk.skranke.central.reports.ReportCsv;
import dk.skranke.central.reports.ReportQuery;
import dk.skranke.central.reports.Reports;
import dk.skranke.core.error.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Reports of a branch over a period, as JSON or CSV (staff of the branch, admin, integration). */
final class ReportRoutes {
    /** Three years: more than any business case needs, and bounded work per request. */
    static final int MAX_DAYS = 1096;

    private final BranchRegistry branches;
    private final Auth auth;
    private final Reports reports;

    ReportRoutes(BranchRegistry branches, Auth auth, Reports reports) {
        this.branches = branches;
        this.auth = auth;
        this.reports = reports;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/api/v1/branches/{branch}/reports", this::report);
    }

    private void report(Context ctx) {
        String branch = BranchRoutes.branchParam(ctx);
        auth.require(ctx, branch, STAFF, ADMIN, INTEGRATION);
        var config = branches.branch(branch).engine().branch();
        String format = choice(ctx, "format", "json", "json", "csv");
        String part = format.equals("csv") ? choice(ctx, "part", "figures", ReportCsv.PARTS.toArray(String[]::new))
                : null;
        Report report = reports.report(config, query(ctx));
        if (part == null) {
            ctx.json(report);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + ReportCsv.fileName(report, part) + "\"");
        ctx.contentType("text/csv; charset=utf-8").result(ReportCsv.write(report, part));
    }

    static ReportQuery query(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "the period may be at most " + MAX_DAYS + " days long");
        }
        Grouping grouping = Grouping.valueOf(choice(ctx, "groupBy", "day", "day", "week", "month")
                .toUpperCase(Locale.ROOT));
        return new ReportQuery(from, to, grouping, share(ctx));
    }

    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "is required, e.g. ?" + name + "=2026-03-01");
        }
        try {
            LocalDate date = LocalDate.parse(value);
            Body.requireSaneYear(name, date.getYear());
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date such as 2026-03-01");
        }
    }

    private static double share(Context ctx) {
        String value = ctx.queryParam("shiftShare");
        if (value == null) {
            return 1.0;
        }
        try {
            double share = Double.parseDouble(value);
            if (share >= 0 && share <= 1 && value.length() <= 10) {
                return share;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("shiftShare", "must be a number from 0 to 1, e.g. 0.5");
    }

    private static String choice(Context ctx, String name, String fallback, String... allowed) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new InvalidInputException(name, "must be one of " + java.util.List.of(allowed));
    }
}

package dk.skranke.central.api;

import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.engine.BranchRegistry;
import dk.skranke.central.engine.Stores;
import dk.skranke.central.events.EventHub;
import dk.skranke.central.reports.Reports;
import dk.skranke.central.retention.RetentionPurge;
import dk.skranke.central.retention.RetentionTask;
import dk.skranke.central.status.PublicStatus;
import dk.skranke.central.view.PageTexts;
import dk.skranke.central.status.StatusWatch;
import dk.skranke.central.store.Database;
import dk.skranke.central.view.Json;
import dk.skranke.central.whatif.WhatIfJobs;
import dk.skranke.central.whatif.WhatIfRunner;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The central HTTP service: receives its dependencies, can start on port 0 for tests. */
public final class CentralApp implements AutoCloseable {
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** How long a stop waits for the requests in flight (an issued ticket's answer must go out). */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(CentralApp.class);
    private static final Logger access = LoggerFactory.getLogger("skranke.access");

    private final Database database;
    private final EventHub hub;
    private final StatusWatch statusWatch;
    private final StaffConsole staff;
    private final RetentionTask retention;
    private final WhatIfJobs whatIfJobs;
    private final Javalin javalin;

    public CentralApp(CentralConfig config, Database database, Clock clock) {
        this.database = database;
        Stores stores = Stores.on(database);
        this.hub = new EventHub(database, stores.events(), 4, 15);
        // Stored times have millisecond precision; the API must show the same instant before and after a restart.
        Clock millis = Clock.tick(clock, Duration.ofMillis(1));
        BranchRegistry branches = new BranchRegistry(config, stores, hub, millis);
        this.staff = new StaffConsole(config, branches, stores, millis);
        Auth auth = staff.auth();
        this.retention = RetentionTask.start(new RetentionPurge(database, config.retentionDays(), millis),
                Duration.ofDays(1));
        this.whatIfJobs = new WhatIfJobs(new WhatIfRunner(database), millis);
        PublicStatus publicStatus = new PublicStatus(branches);
        this.statusWatch = new StatusWatch(publicStatus, hub, Duration.ofMillis(300), Duration.ofSeconds(15));
        StatusRoutes status = new StatusRoutes(publicStatus, statusWatch, PageTexts.status());
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.http.asyncTimeout = 0;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.requestLogger.http((ctx, ms) -> access.info("method={} path={} status={} ms={}", ctx.method(),
                    Paths.safe(ctx.path()), ctx.statusCode(), Math.round(ms)));
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors());
                // A stop refuses new requests (503), ends the live streams and waits for the requests in
                // flight, so every command that committed gets its answer; only then the hub and database go.
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                server.insertHandler(new GracefulHandler());
                server.addBean(new StreamsShutdown(List.of(statusWatch, hub)));
            });
            // Jetty's per-connection header cache matches values ignoring case: a token differing only
            // in case from one sent earlier on the same connection would be read as that earlier token.
            cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            Errors.install(cfg);
            cfg.routes.before("/api/*", auth::identify);
            cfg.routes.before("/api/*", BodyLimit::check);
            cfg.routes.get("/api/v1/health", ctx -> {
                Map<String, Object> health = health();
                ctx.status("ok".equals(health.get("status")) ? 200 : 503).json(health);
            });
            new BranchRoutes(branches, auth, millis).install(cfg);
            new TicketRoutes(branches, auth).install(cfg);
            new DeskRoutes(branches, auth).install(cfg);
            new AppointmentRoutes(branches, auth).install(cfg);
            new DeviceRoutes(branches, auth).install(cfg);
            new EventRoutes(branches, hub, auth).install(cfg);
            status.install(cfg);
            staff.install(cfg);
            new ReportRoutes(branches, auth, new Reports(database, config.costs())).install(cfg);
            new WhatIfRoutes(branches, auth, whatIfJobs).install(cfg);
        });
    }

    public CentralApp start(String host, int port) {
        javalin.start(host, port);
        log.info("central started port={}", javalin.port());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public int liveSubscribers() {
        return hub.subscriberCount();
    }

    private Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean ok = database.isHealthy();
        body.put("status", ok ? "ok" : "degraded");
        body.put("database", ok ? "ok" : "unavailable");
        body.put("liveSubscribers", hub.subscriberCount());
        body.put("subscribersBehind", hub.subscribersBehind());
        return body;
    }

    @Override
    public void close() {
        javalin.stop(); // graceful: see STOP_TIMEOUT
        statusWatch.close();
        hub.close();
        staff.close();
        retention.close();
        whatIfJobs.close();
        database.close();
        log.info("central stopped");
    }
}

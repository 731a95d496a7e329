package dk.skranke.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.core.ticket.NudgeOutcome;
import dk.skranke.kiosk.issue.CheckIns;
import dk.skranke.kiosk.issue.Nudges;
import dk.skranke.kiosk.issue.TicketIssuer;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The local HTTP server the kiosk page talks to (docs/kiosk.md): static page, JSON API, one error shape. */
public final class KioskServer implements AutoCloseable {
    static final long MAX_BODY_BYTES = 64 * 1024;
    private static final long DRAIN_CAP = 4L * 1024 * 1024;
    private static final Logger access = LoggerFactory.getLogger("skranke.access");

    private final Javalin javalin;
    private final ObjectMapper json;
    private final TicketIssuer issuer;
    private final CheckIns checkIns;
    private final Nudges nudges;
    private final KioskState state;
    private final StaticContent content;

    public KioskServer(ObjectMapper json, TicketIssuer issuer, CheckIns checkIns, Nudges nudges, KioskState state) {
        this.json = json;
        this.issuer = issuer;
        this.checkIns = checkIns;
        this.nudges = nudges;
        this.state = state;
        this.content = new StaticContent(json);
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.jetty.threadPool = new QueuedThreadPool(24, 4, 60_000);
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            cfg.requestLogger.http(KioskServer::log);
            Errors.install(cfg);
            cfg.routes.before("/api/*", KioskServer::limitBody);
            cfg.routes.get("/", this::index);
            cfg.routes.get("/assets/<path>", this::asset);
            cfg.routes.get("/api/state", ctx -> ctx.json(state.state()));
            cfg.routes.get("/api/health", ctx -> ctx.json(state.health()));
            cfg.routes.get("/api/texts/{lang}", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(content.texts(ctx.pathParam("lang"))));
            cfg.routes.get("/api/qr", this::qr);
            cfg.routes.post("/api/tickets", this::ticket);
            cfg.routes.post("/api/check-ins", this::checkIn);
            cfg.routes.post("/api/nudges", this::nudge);
        });
    }

    public KioskServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    private void index(Context ctx) {
        StaticContent.Asset page = content.asset("index.html");
        ctx.header("Cache-Control", "no-cache").contentType(page.contentType()).result(page.bytes());
    }

    private void asset(Context ctx) {
        StaticContent.Asset file = content.asset(ctx.pathParam("path"));
        ctx.header("Cache-Control", "no-cache").contentType(file.contentType()).result(file.bytes());
    }

    private void qr(Context ctx) {
        String svg = QrSvg.svg(ctx.queryParam("data"));
        ctx.header("Cache-Control", "private, max-age=3600").contentType("image/svg+xml").result(svg);
    }

    private void ticket(Context ctx) {
        Body body = Body.parse(ctx.body(), json);
        String service = body.text("service", 40);
        ctx.status(201).json(issuer.issue(service, body.language()));
    }

    private void checkIn(Context ctx) {
        Body body = Body.parse(ctx.body(), json);
        String code = body.text("code", 40);
        ctx.status(201).json(checkIns.checkIn(code, body.language()));
    }

    private void nudge(Context ctx) {
        Body body = Body.parse(ctx.body(), json);
        String service = body.text("service", 40);
        NudgeOutcome outcome = NudgeOutcome.fromWire(body.text("outcome", 20));
        nudges.record(service, outcome, body.language());
        ctx.status(202).json(Map.of());
    }

    /** Reads every POST body up front so an oversized one is answered 413 as JSON (draining it first, up to a cap). */
    private static void limitBody(Context ctx) throws IOException {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long announced = ctx.req().getContentLengthLong();
        if (announced > MAX_BODY_BYTES) {
            if (announced <= DRAIN_CAP) {
                drain(ctx.req().getInputStream());
            }
            throw new ContentTooLargeResponse();
        }
        ctx.bodyAsBytes();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    private static void log(Context ctx, Float ms) {
        // GETs are the page polling its state: only worth a line when something went wrong
        if (!"GET".equals(ctx.method().name()) || ctx.statusCode() >= 400) {
            access.info("method={} path={} status={} ms={}", ctx.method(), ctx.path(), ctx.statusCode(),
                    Math.round(ms));
        } else if (access.isDebugEnabled()) {
            access.debug("method={} path={} status={} ms={}", ctx.method(), ctx.path(), ctx.statusCode(),
                    Math.round(ms));
        }
    }

    @Override
    public void close() {
        javalin.stop();
    }
}

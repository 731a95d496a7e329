package dk.skranke.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.core.ticket.NudgeOutcome;
import dk.skranke.kiosk.issue.CheckIns;
import dk.skranke.kiosk.issue.Nudges;
import dk.skranke.kiosk.issue.TicketIssuer;
import java.io.IOException;
import java.util.Map;

/** The local HTTP server the kiosk page talks to (docs/kiosk.md): static page, JSON API, one error shape. */
public final class KioskServer implements AutoCloseable {
    private final LocalHttpServer http;
    private final ObjectMapper json;
    private final TicketIssuer issuer;
    private final CheckIns checkIns;
    private final Nudges nudges;
    private final StaticContent content;

    public KioskServer(ObjectMapper json, TicketIssuer issuer, CheckIns checkIns, Nudges nudges, KioskState state) {
        this.json = json;
        this.issuer = issuer;
        this.checkIns = checkIns;
        this.nudges = nudges;
        this.content = new StaticContent(json);
        this.http = new LocalHttpServer(json)
                .get("/", ex -> asset(ex, "index.html"))
                .get("/assets/*", ex -> asset(ex, ex.rest()))
                .get("/api/state", ex -> ex.json(200, state.state()))
                .get("/api/health", ex -> ex.json(200, state.health()))
                .get("/api/texts/*", ex -> ex.send(200, "application/json; charset=utf-8", content.texts(ex.rest())))
                .get("/api/qr", this::qr)
                .post("/api/tickets", this::ticket)
                .post("/api/check-ins", this::checkIn)
                .post("/api/nudges", this::nudge);
    }

    public KioskServer start(String host, int port) {
        http.start(host, port);
        return this;
    }

    public int port() {
        return http.port();
    }

    private void asset(Exchange ex, String path) throws IOException {
        StaticContent.Asset file = content.asset(path);
        ex.header("Cache-Control", "no-cache");
        ex.send(200, file.contentType(), file.bytes());
    }

    private void qr(Exchange ex) throws IOException {
        String svg = QrSvg.svg(ex.query("data"));
        ex.header("Cache-Control", "private, max-age=3600");
        ex.send(200, "image/svg+xml", svg);
    }

    private void ticket(Exchange ex) throws IOException {
        Body body = Body.parse(ex.body(), json);
        String service = body.text("service", 40);
        ex.json(201, issuer.issue(service, body.language()));
    }

    private void checkIn(Exchange ex) throws IOException {
        Body body = Body.parse(ex.body(), json);
        String code = body.text("code", 40);
        ex.json(201, checkIns.checkIn(code, body.language()));
    }

    private void nudge(Exchange ex) throws IOException {
        Body body = Body.parse(ex.body(), json);
        String service = body.text("service", 40);
        NudgeOutcome outcome = NudgeOutcome.fromWire(body.text("outcome", 20));
        nudges.record(service, outcome, body.language());
        ex.json(202, Map.of());
    }

    @Override
    public void close() {
        http.close();
    }
}

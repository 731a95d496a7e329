package dk.skranke.central.api;

import dk.skranke.central.status.PublicStatus;
import dk.skranke.central.view.PageTexts;
import dk.skranke.central.status.StatusWatch;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.Ticket;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's status page, public (the unguessable token in the path is the key): the page at
 * {@code /t/{token}}, its assets and texts, the status as JSON and as a live stream.
 */
final class StatusRoutes {
    private static final String EVENTS = "/api/v1/public/tickets/{token}/events";
    private static final String CURRENT = "skranke.statusTicket";
    private static final Map<String, String> ASSETS = Map.of("status.css", "text/css; charset=utf-8",
            "status.js", "text/javascript; charset=utf-8");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(da|en)\\.([A-Za-z.-]+)}}");
    /** The page talks only to central; the token in its address must not leak through a Referer. */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final PublicStatus status;
    private final StatusWatch watch;
    private final PageTexts texts;
    private final String page;
    private final String missingPage;
    private final Map<String, String> assets;

    StatusRoutes(PublicStatus status, StatusWatch watch, PageTexts texts) {
        this.status = status;
        this.watch = watch;
        this.texts = texts;
        this.page = resource("status.html");
        this.missingPage = fill(resource("missing.html"));
        this.assets = Map.of("status.css", resource("status.css"), "status.js", resource("status.js"));
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/t/{token}", this::page);
        cfg.routes.get("/status/{file}", this::asset);
        cfg.routes.get("/api/v1/public/texts/status/{language}", this::texts);
        cfg.routes.get("/api/v1/public/tickets/{token}", this::read);
        // Checked before the stream starts: once it has, no error status can be sent.
        cfg.routes.before(EVENTS, this::findForStream);
        cfg.routes.sse(EVENTS, this::stream);
    }

    /** The page for a ticket; the same small 404 page for an unknown, guessed or malformed token. */
    private void page(Context ctx) {
        boolean found = status.find(ctx.pathParam("token")).isPresent();
        ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
                .contentType("text/html; charset=utf-8").status(found ? 200 : 404)
                .result(found ? page : missingPage);
    }

    private void asset(Context ctx) {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) {
            throw ApiError.notFound("no such resource: GET /status/" + Paths.safe(file));
        }
        ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff").contentType(type)
                .result(assets.get(file));
    }

    private void texts(Context ctx) {
        Language language = Language.fromCode(ctx.pathParam("language"))
                .orElseThrow(() -> ApiError.notFound("no status texts for language '"
                        + Paths.safe(ctx.pathParam("language")) + "'; there are da and en"));
        ctx.header("Cache-Control", "no-cache").json(texts.in(language));
    }

    /** The citizen's view through the unguessable token: no auth, no personal data, no ids. */
    private void read(Context ctx) {
        Ticket ticket = status.find(ctx.pathParam("token")).orElseThrow(StatusRoutes::noSuchTicket);
        ctx.header("Cache-Control", "no-store").json(status.view(ticket));
    }

    private void findForStream(Context ctx) {
        if ("GET".equals(ctx.method().name())) {
            ctx.attribute(CURRENT, status.find(ctx.pathParam("token")).orElseThrow(StatusRoutes::noSuchTicket));
        }
    }

    private void stream(SseClient client) {
        Context ctx = client.ctx();
        client.keepAlive();
        Ticket current = Objects.requireNonNull(ctx.attribute(CURRENT), "findForStream sets the ticket of a GET");
        Runnable stop = watch.watch(ctx.pathParam("token"), current, new SseSink(client));
        client.onClose(stop);
    }

    private static ApiError noSuchTicket() {
        return ApiError.notFound("no such ticket");
    }

    /** Fills {{da.key}} and {{en.key}} with the escaped texts. */
    private String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Language language = Language.fromCode(m.group(1)).orElseThrow();
            m.appendReplacement(out, Matcher.quoteReplacement(escape(texts.get(language, m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = StatusRoutes.class.getClassLoader().getResourceAsStream("web/status/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/status/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

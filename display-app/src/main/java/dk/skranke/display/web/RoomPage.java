package dk.skranke.display.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local web server for the waiting-room browser: the page from the classpath ({@code /web/display}), the room as
 * JSON and as a live SSE stream, the texts, and a health summary. Bound to localhost by default; no token.
 */
public final class RoomPage implements AutoCloseable {
    private final ObjectMapper json;
    private final Supplier<RoomView> view;
    private final Supplier<Map<String, Object>> health;
    private final Texts texts = Texts.load();
    private final RoomBroadcast broadcast;
    private final Javalin javalin;

    public RoomPage(ObjectMapper json, Supplier<RoomView> view, Supplier<Map<String, Object>> health) {
        this.json = json;
        this.view = view;
        this.health = health;
        this.broadcast = new RoomBroadcast(write(view.get()));
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.asyncTimeout = 0;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web/display";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.routes.get("/api/room", ctx -> ctx.json(this.view.get()));
            cfg.routes.sse("/api/room/events", broadcast::join);
            cfg.routes.get("/api/texts/{lang}", ctx -> {
                Map<String, String> bundle = texts.of(ctx.pathParam("lang"));
                if (bundle == null) {
                    ctx.status(404).json(Map.of("error", "not-found", "message", "texts exist for da and en"));
                } else {
                    ctx.json(bundle);
                }
            });
            cfg.routes.get("/api/health", ctx -> ctx.json(this.health.get()));
        });
    }

    public RoomPage start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Sends the room as it is now to every open page. */
    public void changed() {
        broadcast.publish(write(view.get()));
    }

    /** Open {@code /api/room/events} connections. */
    public int followers() {
        return broadcast.size();
    }

    private String write(RoomView room) {
        try {
            return json.writeValueAsString(room);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the room view", e);
        }
    }

    @Override
    public void close() {
        broadcast.close();
        javalin.stop();
    }
}
